namespace Laboratori.Web.Programmes;

/// <summary>The funds a programme may be financed by.</summary>
public static class Funds
{
    public const string FsePlus = "fse_plus";
    public const string Pon = "pon";
    public const string Pnrr = "pnrr";
    public const string PianoDiZona = "piano_di_zona";
    public const string Altro = "altro";

    public static IReadOnlyList<string> All { get; } = [FsePlus, Pon, Pnrr, PianoDiZona, Altro];
}
