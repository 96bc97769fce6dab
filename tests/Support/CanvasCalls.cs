using System.Text.Json;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas;

namespace Laboratori.Tests.Support;

/// <summary>What the grain tests ask of a canvas: a card to add, a payload in the canvas's JSON, the whole log.</summary>
public static class CanvasCalls
{
    /// <summary>A reader who sees the whole canvas (staff), for tests that read the state or the log as it is.</summary>
    public static Actor Staff { get; } = new("staff-reader", Role.Facilitator, "Staff");

    public static OperationRequest AddCard(string id) =>
        new("add-" + id, "card.add", Json(new { cardId = id, lane = "bisogni", text = "Bisogno " + id, colour = (string?)null, x = 0.0, y = 0.0 }));

    public static string Json(object payload) => JsonSerializer.Serialize(payload, CanvasJson.Options);

    /// <summary>Every event of the lab, read page by page (small pages cross page boundaries on purpose).</summary>
    public static async Task<List<CanvasEvent>> AllEventsAsync(ICanvasGrain canvas, int pageSize = 100)
    {
        var events = new List<CanvasEvent>();
        EventPage page;
        do
        {
            page = await canvas.GetEventsAsync(Staff, events.Count, pageSize);
            events.AddRange(page.Events);
        }
        while (page.HasMore);
        return events;
    }
}
