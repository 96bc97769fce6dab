namespace Laboratori.Web.Demo;

/// <summary>The demo lab made on first start. Bound from the <c>Demo</c> configuration section.</summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    /// <summary>Whether to create a demo lab when the store has none. Default false; the Development settings turn it on.</summary>
    public bool Enabled { get; set; }

    /// <summary>Participants in the demo lab (at most the ten people of <see cref="DemoContent"/>). Default 8.</summary>
    public int Participants { get; set; } = 8;

    /// <summary>Seed for who votes for what, so every fresh demo looks the same. Default 2026.</summary>
    public int Seed { get; set; } = 2026;
}
