using System.Text.Json.Serialization;
using Laboratori.Contracts;

namespace Laboratori.Grains.Canvas.Model;

/// <summary>
/// Whom a card was written for (<em>per conto di</em>): a person of the lab's roster (<see cref="MemberKind"/>, by member
/// id, with or without a device) or an ente of the programme's register (<see cref="EnteKind"/>, by ente id). Staff
/// send <c>{kind, id}</c>; the server writes the <see cref="Organisation"/> and <see cref="Sector"/> it counts for
/// (a person's as their <c>member.join</c> would, an ente's canonical name and sector), never a person's name: that is
/// resolved from the roster on the way out (<see cref="Name"/>), so that erasure reaches it.
/// </summary>
public sealed record OnBehalfOf(string Kind, string Id)
{
    public const string MemberKind = "member";

    public const string EnteKind = "ente";

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Organisation { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Sector? Sector { get; init; }

    /// <summary>A person's name (or pseudonym) from the roster, filled in by what the server sends; never stored.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; init; }

    /// <summary>What to show after "per conto di": the person's name, or the ente's name.</summary>
    [JsonIgnore]
    public string Label => Kind == EnteKind ? Organisation ?? string.Empty : Name ?? string.Empty;

    /// <summary>As the event records it: organisation and sector always written, a name never.</summary>
    public OnBehalfOf Normalized() => this with { Organisation = Organisation ?? string.Empty, Sector = Sector ?? Contracts.Sector.Altro, Name = null };
}
