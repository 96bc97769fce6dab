using System.Text;
using Laboratori.Web.Exports;

namespace Laboratori.Tests.Hardening;

/// <summary>No field of an export can start a formula in a spreadsheet program, however it is dressed.</summary>
public sealed class CsvNeutralisationTests
{
    [Theory]
    [InlineData("=1+1")]
    [InlineData("+39 055")]
    [InlineData("-2")]
    [InlineData("@SUM(A1)")]
    [InlineData("|calc")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    [InlineData("\n=1+1")]
    [InlineData(" =1+1")]
    [InlineData("＝1+1")]
    [InlineData("＋1")]
    [InlineData("﹦1")]
    public void AFieldThatCouldBeAFormulaIsQuotedAsText(string field)
    {
        var text = Encoding.UTF8.GetString(new Csv().Row(field, "ok").ToBytes()).TrimStart('\uFEFF');

        Assert.StartsWith("'", text.TrimStart('"'), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Anziani soli")]
    [InlineData("3 incontri")]
    [InlineData("")]
    public void OrdinaryTextIsLeftAsItIs(string field) =>
        Assert.Equal(field + ";ok\r\n", Encoding.UTF8.GetString(new Csv().Row(field, "ok").ToBytes()).TrimStart('\uFEFF'));
}
