namespace Laboratori.Web.Hubs;

/// <summary>The part of the canvas someone is looking at: its top-left corner and its size, in canvas coordinates.</summary>
public sealed record Viewport(double X, double Y, double Width, double Height);
