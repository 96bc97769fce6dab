namespace Laboratori.Web.Programmes;

/// <summary>Puts an existing lab in an edizione (or, with a null <c>EdizioneId</c>, makes it stand alone).</summary>
public sealed record PlaceLabRequest(string? EdizioneId);
