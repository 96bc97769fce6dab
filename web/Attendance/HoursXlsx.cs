using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Laboratori.Web.Attendance;

/// <summary>Registers as XLSX (Open XML SDK): numbers as number cells, text as inline strings (never formulas).</summary>
public static class HoursXlsx
{
    public static byte[] Hours(IEnumerable<LabHours> labs)
    {
        var list = labs.ToList();
        return Write("Ore e attestati", [HoursTable.Header(list.FirstOrDefault()), .. list.SelectMany(HoursTable.Rows)]);
    }

    public static byte[] Incontro(RegisterView register) =>
        Write("Registro", [
            ["Partecipante", "Organizzazione", "Settore", "Adesione", "Stato", "Entrata (ora italiana)", "Uscita (ora italiana)", "Ore", "Ore previste", "Registrato da"],
            .. register.Rows.Select(r => (IEnumerable<object?>)[r.DisplayName, r.Organisation, RegisterCsv.Sector(r.Sector), RegisterCsv.Kind(r.Kind),
                RegisterStatuses.Italian(r.Status ?? (r.Hours > 0 ? RegisterStatuses.Presente : null)), r.Entry, r.Exit, HoursTable.Plain(r.Hours), HoursTable.Plain(register.Incontro.PlannedHours), r.MarkedBy]),
        ]);

    private static byte[] Write(string sheetName, IEnumerable<IEnumerable<object?>> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var data = new SheetData();
            foreach (var row in rows)
            {
                var line = new Row();
                foreach (var value in row)
                {
                    line.AppendChild(value switch
                    {
                        int or decimal or double => new Cell { DataType = CellValues.Number, CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!) },
                        _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty)) },
                    });
                }

                data.AppendChild(line);
            }

            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets()).AppendChild(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = sheetName });
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }
}
