using System.Text.Json;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas;
using Laboratori.Grains.Canvas.Model;
using Laboratori.Grains.Canvas.Operations;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.Labs;

namespace Laboratori.Tests.Domain;

/// <summary>A canvas driven through the same parse → policy → fold path as the canvas grain, without a silo.</summary>
internal sealed class Scenario
{
    public static readonly Actor Facilitator = new("staff-f", Role.Facilitator, "Giulia");
    public static readonly Actor Anna = new("p-anna", Role.Participant, "Anna");
    public static readonly Actor Bruno = new("p-bruno", Role.Participant, "Bruno");
    public static readonly Actor Carla = new("p-carla", Role.Participant, "Carla");
    public static readonly Actor Trainer = new("staff-t", Role.Trainer, "Marco");
    public static readonly Actor Stranger = new("p-stranger", Role.Participant, "Ugo");

    private readonly DateTimeOffset _start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public Scenario(LabLimits? limits = null, string phase = "libera", bool create = true)
    {
        Limits = limits ?? new LabLimits();
        if (!create)
        {
            return;
        }

        var template = Templates.All[Templates.Default];
        Must(Facilitator, new CreateLab("Abitare", template.Id, template.Lanes, template.Phases, 3));
        foreach (var p in new[] { Anna, Bruno })
        {
            Must(p, new JoinMember(p.Id, p.DisplayName, "Comune di Pisa", Sector.EntePubblico, Role.Participant));
        }

        Do(Facilitator, "lab.phase", new { phase }).Ok();
    }

    public LabLimits Limits { get; }

    public CanvasState State { get; } = new();

    public List<CanvasEvent> Events { get; } = [];

    /// <summary>Sends a client operation as JSON, as a client would; returns the error, or null if it was applied.</summary>
    public Outcome Do(Actor actor, string type, object payload) => Do(actor, type, JsonSerializer.Serialize(payload, CanvasJson.Options));

    public Outcome Do(Actor actor, string type, string payload)
    {
        var error = OperationCatalog.TryParseClient(type, payload, out var operation);
        return new Outcome(error ?? Apply(actor, operation!));
    }

    public void Must(Actor actor, CanvasOperation operation) => Assert.Null(Apply(actor, operation)?.Code);

    public CanvasError? Apply(Actor actor, CanvasOperation operation)
    {
        if (CanvasPolicy.Check(State, actor, operation, Limits) is { } error)
        {
            return error;
        }

        var at = _start.AddSeconds(State.Seq);
        var applied = operation.Normalize(State, actor, at);
        var @event = new CanvasEvent("lab-test", State.Seq + 1, at, actor.Id, $"op-{State.Seq + 1}",
            OperationCatalog.NameOf(applied), OperationCatalog.Serialize(applied));
        CanvasFold.Apply(State, @event);
        Events.Add(@event);
        return null;
    }

    public Card Card(string id) => State.Cards[id];

    public void AddCard(Actor actor, string id, string lane = "bisogni") =>
        Do(actor, "card.add", new { cardId = id, lane, text = "Testo " + id, colour = (string?)null, x = 10.0, y = 20.0 }).Ok();
}
