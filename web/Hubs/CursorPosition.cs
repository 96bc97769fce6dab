namespace Laboratori.Web.Hubs;

/// <summary>A point on the canvas.</summary>
public sealed record CursorPosition(double X, double Y);
