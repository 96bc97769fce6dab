namespace Laboratori.Tests.Web;

/// <summary>Operation payloads as a browser sends them.</summary>
public static class Payloads
{
    public static object AddCard(string cardId, string text, string lane = "bisogni") =>
        new { cardId, lane, text, colour = "giallo", x = 10.0, y = 20.0 };

    public static object MoveCard(string cardId, double x, double y) => new { cardId, lane = (string?)null, x, y };

    public static object Phase(string phase) => new { phase };

    public static object Lock(bool locked) => new { locked };
}
