namespace Laboratori.Web.Programmes;

/// <summary>A place where editions are held: name, province (two letters) and zone (for the dashboard).</summary>
public sealed class Sede
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Province { get; set; } = string.Empty;

    public string Zone { get; set; } = string.Empty;
}
