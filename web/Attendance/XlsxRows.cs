using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Laboratori.Web.Attendance;

/// <summary>The first sheet of an XLSX workbook as rows of text (Open XML SDK), and the first cell holding a formula.</summary>
public static class XlsxRows
{
    /// <summary>The rows, or null if the file is not a readable workbook.</summary>
    public static List<string[]>? Read(byte[] file, out string? formulaAt)
    {
        formulaAt = null;

        // Whatever a damaged or hostile upload makes the package reader throw, the answer is the same: not a workbook.
        try
        {
            using var stream = new MemoryStream(file, writable: false);
            using var document = SpreadsheetDocument.Open(stream, isEditable: false);
            var workbook = document.WorkbookPart;
            if (workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() is not { Id.Value: { } id } || workbook.GetPartById(id) is not WorksheetPart sheet)
            {
                return null;
            }

            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
            var rows = new List<string[]>();
            foreach (var row in sheet.Worksheet.Descendants<Row>())
            {
                var cells = new SortedDictionary<int, string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    if (cell.CellFormula is not null)
                    {
                        formulaAt ??= cell.CellReference?.Value ?? "?";
                    }

                    cells[Column(cell.CellReference?.Value) ?? cells.Count] = Text(cell, shared);
                }

                var width = cells.Count == 0 ? 0 : cells.Keys.Max() + 1;
                rows.Add([.. Enumerable.Range(0, width).Select(i => cells.GetValueOrDefault(i, string.Empty))]);
            }

            return rows;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null;
        }
    }

    private static string Text(Cell cell, string[] shared)
    {
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(cell.CellValue?.Text, out var index) && index >= 0 && index < shared.Length ? shared[index] : string.Empty;
        }

        return cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? string.Empty : cell.CellValue?.Text ?? string.Empty;
    }

    /// <summary>The zero-based column of a reference such as <c>C7</c>.</summary>
    private static int? Column(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var column = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return column == 0 ? null : column - 1;
    }
}
