using System.Text.Json;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;
using Laboratori.Grains.Canvas.Operations;

namespace Laboratori.Grains.Canvas;

/// <summary>
/// State at any seq is the fold of the nearest snapshot and the events after it. The browser has its own apply for
/// live events; both are checked against the JSON test vectors in tests/vectors.
/// </summary>
public static class CanvasFold
{
    public static void Apply(CanvasState state, CanvasEvent @event) =>
        Apply(state, OperationCatalog.ParseStored(@event.Type, @event.Payload), new EventContext(@event.Seq, @event.At, @event.Author));

    public static CanvasState Fold(CanvasState? start, IEnumerable<CanvasEvent> events)
    {
        var state = start ?? new CanvasState();
        foreach (var @event in events)
        {
            if (@event.Seq != state.Seq + 1)
            {
                throw new InvalidDataException($"Event {@event.Seq} does not follow {state.Seq}.");
            }

            Apply(state, @event);
        }

        return state;
    }

    public static string Serialize(CanvasState state) => JsonSerializer.Serialize(state, CanvasJson.Options);

    /// <summary>A deep copy: the working state starts as the committed one and then runs ahead of it.</summary>
    public static CanvasState Clone(this CanvasState state) => Deserialize(Serialize(state));

    public static CanvasState Deserialize(string json) =>
        JsonSerializer.Deserialize<CanvasState>(json, CanvasJson.Options) ?? throw new InvalidDataException("Empty canvas snapshot.");

    internal static void Apply(CanvasState state, CanvasOperation operation, EventContext context)
    {
        operation.Apply(state, context);
        state.Seq = context.Seq;
        if (operation.Contributes && state.Members.TryGetValue(context.Author, out var member))
        {
            member.Contributions++;
        }
    }
}
