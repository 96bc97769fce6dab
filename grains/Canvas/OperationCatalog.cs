using System.Text.Json;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Operations;

namespace Laboratori.Grains.Canvas;

/// <summary>The operation types by their wire name, and the strict parsing of a payload into its operation.</summary>
public static class OperationCatalog
{
    private static readonly Dictionary<string, Type> ClientTypes = new()
    {
        ["card.add"] = typeof(AddCard),
        ["card.edit"] = typeof(EditCard),
        ["card.move"] = typeof(MoveCard),
        ["card.colour"] = typeof(ColourCard),
        ["card.theme"] = typeof(SetCardTheme),
        ["card.delete"] = typeof(DeleteCard),
        ["link.add"] = typeof(AddLink),
        ["link.delete"] = typeof(DeleteLink),
        ["vote.cast"] = typeof(CastVote),
        ["vote.retract"] = typeof(RetractVote),
        ["comment.add"] = typeof(AddComment),
        ["comment.delete"] = typeof(DeleteComment),
        ["theme.add"] = typeof(AddTheme),
        ["theme.rename"] = typeof(RenameTheme),
        ["theme.colour"] = typeof(ColourTheme),
        ["theme.delete"] = typeof(DeleteTheme),
        [EventTypes.LabPhase] = typeof(SetPhase),
        ["lab.lock"] = typeof(SetLock),
        ["lab.voteBudget"] = typeof(SetVoteBudget),
        ["meeting.open"] = typeof(OpenMeeting),
        ["meeting.close"] = typeof(CloseMeeting),
        ["card.merge"] = typeof(MergeCards),
        ["reaction.add"] = typeof(AddReaction),
        ["reaction.remove"] = typeof(RemoveReaction),
        ["lab.timer"] = typeof(SetTimer),
        ["lab.private"] = typeof(SetPrivate),
        ["lab.reveal"] = typeof(RevealCards),
        ["lab.anonymous"] = typeof(SetAnonymous),
        ["lab.follow"] = typeof(SetFollow),
        ["groups.split"] = typeof(SplitGroups),
        ["groups.reconvene"] = typeof(Reconvene),
        ["member.remove"] = typeof(RemoveMember),
        ["action.owners"] = typeof(SetActionOwners),
        ["action.deadline"] = typeof(SetActionDeadline),
        ["action.status"] = typeof(SetActionStatus),
    };

    private static readonly Dictionary<string, Type> AllTypes = new(ClientTypes)
    {
        [EventTypes.LabCreate] = typeof(CreateLab),
        [EventTypes.MemberJoin] = typeof(JoinMember),
        [EventTypes.MemberLeave] = typeof(LeaveMember),
    };

    private static readonly Dictionary<Type, string> Names = AllTypes.ToDictionary(p => p.Value, p => p.Key);

    /// <summary>The wire names clients may send, in a stable order.</summary>
    public static IEnumerable<string> ClientOperationTypes => ClientTypes.Keys;

    public static string NameOf(CanvasOperation operation) => Names[operation.GetType()];

    /// <summary>Parses a client's operation; server-only types are unknown to clients.</summary>
    public static CanvasError? TryParseClient(string type, string payload, out CanvasOperation? operation) =>
        TryParse(ClientTypes, type, payload, out operation);

    /// <summary>Parses an event of any type, server-written ones included, as it comes in a file to import.</summary>
    internal static CanvasError? TryParseAny(string type, string payload, out CanvasOperation? operation) =>
        TryParse(AllTypes, type, payload, out operation);

    /// <summary>Parses a stored event's payload. Stored events were validated when written, so failure is corruption.</summary>
    internal static CanvasOperation ParseStored(string type, string payload) =>
        TryParse(AllTypes, type, payload, out var operation) is { } error
            ? throw new InvalidDataException($"Stored event of type '{type}' does not parse: {error.MessageEn}")
            : operation!;

    /// <summary>The operation's payload as the canonical JSON stored in its event.</summary>
    public static string Serialize(CanvasOperation operation) => JsonSerializer.Serialize(operation, operation.GetType(), CanvasJson.Options);

    private static CanvasError? TryParse(Dictionary<string, Type> types, string type, string payload, out CanvasOperation? operation)
    {
        operation = null;
        if (!types.TryGetValue(type, out var clrType))
        {
            return Errors.UnknownOperation.With($"Tipo '{Truncate(type)}'.", $"Type '{Truncate(type)}'.");
        }

        try
        {
            operation = (CanvasOperation?)JsonSerializer.Deserialize(payload, clrType, CanvasJson.Options);
            return operation is null ? Errors.BadRequest.With("Manca il contenuto.", "The payload is missing.") : null;
        }
        catch (JsonException ex)
        {
            return Errors.BadRequest.With($"Contenuto di '{type}' non valido.", $"Invalid payload for '{type}': {ex.Message}");
        }
    }

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
