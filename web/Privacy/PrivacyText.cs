namespace Laboratori.Web.Privacy;

/// <summary>The notice's sections in one language.</summary>
public sealed record PrivacyText(string Purpose, string LegalBasis, string Data, string Retention, string Rights);
