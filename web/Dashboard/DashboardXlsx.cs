using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Laboratori.Web.Dashboard;

/// <summary>The dashboard as a spreadsheet (XLSX, Open XML SDK): one sheet per table, numbers as numbers.</summary>
public static class DashboardXlsx
{
    public static byte[] Write(DashboardView view)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var name in DashboardTables.Names)
            {
                var (header, rows) = DashboardTables.Get(view, name);
                var data = new SheetData();
                data.AppendChild(Row(header));
                foreach (var row in rows)
                {
                    data.AppendChild(Row(row));
                }

                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = new Worksheet(data);
                sheets.AppendChild(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
            }

            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Row Row(IEnumerable<object?> values)
    {
        var row = new Row();
        foreach (var value in values)
        {
            row.AppendChild(value switch
            {
                int or decimal or double => new Cell { DataType = CellValues.Number, CellValue = new CellValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!) },
                _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty)) },
            });
        }

        return row;
    }
}
