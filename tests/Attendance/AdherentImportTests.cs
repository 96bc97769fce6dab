using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Laboratori.Web.Attendance;

namespace Laboratori.Tests.Attendance;

/// <summary>CSV and XLSX lists of adesioni: what is read, and every bad file refused with its code and nothing taken.</summary>
public sealed class AdherentImportTests
{
    private static readonly HashSet<string> None = [];

    static AdherentImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Utf8WithBomSemicolonsIsRead()
    {
        var file = Bytes("\uFEFFNome;Organizzazione;Settore;Email\r\nLucia Bianchi;Comune di Prato;Ente pubblico;lucia@example.org\r\nNicolò Ferri;Coop. L'Orizzonte;terzo_settore;\r\n", Encoding.UTF8);
        var result = Parse(file);
        Assert.Null(result.Error);
        Assert.Equal(
            [new ImportedAdherent(2, "Lucia Bianchi", "Comune di Prato", "ente_pubblico", "lucia@example.org"), new ImportedAdherent(3, "Nicolò Ferri", "Coop. L'Orizzonte", "terzo_settore", null)],
            result.People.ToArray());
    }

    [Fact]
    public void Utf8WithoutBomCommasAndQuotesIsRead()
    {
        var result = Parse(Bytes("nome,ente\n\"Rossi, Anna\",\"Associazione \"\"Il Ponte\"\"\"\n", new UTF8Encoding(false)));
        Assert.Null(result.Error);
        Assert.Equal([new ImportedAdherent(2, "Rossi, Anna", "Associazione \"Il Ponte\"", "altro", null)], result.People.ToArray());
    }

    [Fact]
    public void Windows1252IsRead()
    {
        var result = Parse(Bytes("Nome;Organizzazione\r\nNicolò Ferri;Caritas – Cortona\r\n", Encoding.GetEncoding(1252)));
        Assert.Null(result.Error);
        Assert.Equal("Nicolò Ferri", result.People[0].DisplayName);
        Assert.Equal("Caritas – Cortona", result.People[0].Organisation);
    }

    [Fact]
    public void BinaryIsRefusedAsEncoding() =>
        Assert.Equal("import_encoding", Parse([0x4E, 0x6F, 0x00, 0x01, 0x02, 0x81])?.Error?.Code);

    [Theory]
    [InlineData("Cognome;Organizzazione\r\nRossi;Comune\r\n")]
    [InlineData("Nome;Telefono\r\nAnna;055 123\r\n")]
    [InlineData("Nome;Nominativo\r\nAnna;Anna\r\n")]
    public void WrongColumnsAreRefused(string csv) => Assert.Equal("import_columns", Parse(Bytes(csv, Encoding.UTF8)).Error?.Code);

    [Fact]
    public void DuplicateRowsAreRefusedWithBothRowNumbers()
    {
        var error = Parse(Bytes("Nome;Organizzazione\r\nAnna Neri;Comune di Siena\r\nPaolo Bini;\r\nanna  neri;COMUNE DI SIENA\r\n", Encoding.UTF8)).Error;
        Assert.Equal("import_duplicate", error?.Code);
        Assert.EndsWith("Righe 2 e 4.", error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SomeoneAlreadyListedIsADuplicate()
    {
        var taken = new HashSet<string> { AdherentImport.AdherentKey("Anna Neri", "Comune di Siena") };
        var result = AdherentImport.Parse(Bytes("Nome;Ente\r\nAnna Neri;Comune di Siena\r\n", Encoding.UTF8), "a.csv", taken, 1_000, 120);
        Assert.Equal("import_duplicate", result.Error?.Code);
    }

    [Fact]
    public void TenThousandRowsAreTooMany()
    {
        var csv = new StringBuilder("Nome\r\n");
        for (var i = 0; i < 10_000; i++)
        {
            csv.Append("Persona ").Append(i).Append("\r\n");
        }

        var error = Parse(Bytes(csv.ToString(), Encoding.UTF8)).Error;
        Assert.Equal("import_too_many", error?.Code);
        Assert.EndsWith("Al massimo 1000, il file ne ha 10000.", error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\";\"clic\")")]
    [InlineData("+39 055")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1+1")]
    public void FormulasAreRefused(string cell) =>
        Assert.Equal("import_formula", Parse(Bytes($"Nome;Organizzazione\r\nAnna;\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\r\n", Encoding.UTF8)).Error?.Code);

    [Theory]
    [InlineData("Nome;Settore\r\nAnna;marziano\r\n", "Riga 2: settore sconosciuto.")]
    [InlineData("Nome;Email\r\nAnna;non-una-mail\r\n", "Riga 2: e-mail non valida.")]
    [InlineData("Nome;Organizzazione\r\nAnna;Comune\r\n;Comune\r\n", "Riga 3: manca il nome.")]
    public void BadRowsAreRefusedWithTheirNumber(string csv, string detail)
    {
        var error = Parse(Bytes(csv, Encoding.UTF8)).Error;
        Assert.Equal("import_row_invalid", error?.Code);
        Assert.EndsWith(detail, error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Nome;Organizzazione\r\n")]
    [InlineData("Nome\r\n;\r\n\r\n")]
    public void EmptyFilesAreRefused(string csv) => Assert.Equal("import_empty", Parse(Bytes(csv, Encoding.UTF8)).Error?.Code);

    [Fact]
    public void XlsxIsRead()
    {
        var result = AdherentImport.Parse(Xlsx([["Nome", "Organizzazione", "Settore"], ["Marta Galli", "ATS Città Metropolitana", "ente pubblico"], ["Ugo Sala", "", "cittadino"]]), "adesioni.xlsx", None, 1_000, 120);
        Assert.Null(result.Error);
        Assert.Equal([new ImportedAdherent(2, "Marta Galli", "ATS Città Metropolitana", "ente_pubblico", null), new ImportedAdherent(3, "Ugo Sala", string.Empty, "cittadino", null)], result.People.ToArray());
    }

    [Fact]
    public void XlsxFormulaCellIsRefused()
    {
        var result = AdherentImport.Parse(Xlsx([["Nome"], ["Anna"]], formulaAt: "A2"), "adesioni.xlsx", None, 1_000, 120);
        Assert.Equal("import_formula", result.Error?.Code);
        Assert.EndsWith("Cella A2.", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenXlsxIsRefusedAsFormat() =>
        Assert.Equal("import_format", AdherentImport.Parse([.. "PK\u0003\u0004"u8, 1, 2, 3], "adesioni.xlsx", None, 1_000, 120).Error?.Code);

    private static ImportResult Parse(byte[] file) => AdherentImport.Parse(file, "adesioni.csv", None, 1_000, 120);

    private static byte[] Bytes(string text, Encoding encoding) => [.. encoding.GetPreamble(), .. encoding.GetBytes(text.TrimStart('\uFEFF'))];

    /// <summary>A one-sheet workbook of inline strings; <paramref name="formulaAt"/> gets a formula instead of its text.</summary>
    internal static byte[] Xlsx(string[][] rows, string? formulaAt = null)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var reference = $"{(char)('A' + c)}{r + 1}";
                    row.AppendChild(reference == formulaAt
                        ? new Cell { CellReference = reference, CellFormula = new CellFormula("HYPERLINK(\"http://x\")"), CellValue = new CellValue("x") }
                        : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(rows[r][c])) });
                }

                data.AppendChild(row);
            }

            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets()).AppendChild(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = "Adesioni" });
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }
}
