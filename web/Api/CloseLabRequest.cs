namespace Laboratori.Web.Api;

/// <summary>Open or close a lab to new participants.</summary>
public sealed record CloseLabRequest(bool Closed);
