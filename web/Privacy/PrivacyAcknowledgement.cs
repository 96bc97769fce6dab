namespace Laboratori.Web.Privacy;

/// <summary>A participant acknowledged a version of the notice when joining a lab (table <c>privacy_acknowledgements</c>).</summary>
public sealed class PrivacyAcknowledgement
{
    public long Id { get; set; }

    public string LabId { get; set; } = string.Empty;

    public string MemberId { get; set; } = string.Empty;

    /// <summary>The <see cref="PrivacyOptions.Version"/> they read.</summary>
    public string Version { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }
}
