namespace Laboratori.Web.Attendance;

/// <summary>A personal link just issued: the address to send or print (as a QR code, at <see cref="QrCode"/>).</summary>
public sealed record PersonalLinkView(string Link, string QrCode);
