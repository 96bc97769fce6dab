using QRCoder;

namespace Laboratori.Web.Attendance;

/// <summary>The address of a personal link and its QR code (SVG, QRCoder), to print on a letter or a badge.</summary>
public static class PersonalLinks
{
    public static string Address(HttpRequest request, string token) => $"{request.Scheme}://{request.Host}{request.PathBase}/entra/{token}";

    public static string QrSvg(string address)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(address, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(8);
    }
}
