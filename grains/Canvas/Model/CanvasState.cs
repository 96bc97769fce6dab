using System.Text.Json.Serialization;
using Laboratori.Contracts;

namespace Laboratori.Grains.Canvas.Model;

/// <summary>
/// The folded canvas: what the events up to <see cref="Seq"/> add up to. Mutable, and private to the canvas grain and
/// the fold; it leaves them only as JSON, the same JSON the browser's own fold produces from the same events.
/// </summary>
public sealed class CanvasState
{
    public long Seq { get; set; }

    public string Title { get; set; } = string.Empty;

    public string TemplateId { get; set; } = string.Empty;

    /// <summary>The version of the programme's template the lab was made from; null (and not written) for a built-in one.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? TemplateVersion { get; set; }

    public List<LaneDefinition> Lanes { get; set; } = [];

    public List<PhaseDefinition> Phases { get; set; } = [];

    public string? Phase { get; set; }

    public bool Locked { get; set; }

    public int VoteBudget { get; set; }

    /// <summary>Private mode: participants' new cards are hidden from the other participants until revealed.</summary>
    public bool Private { get; set; }

    /// <summary>Anonymous mode: what participants add is not attributed to them in the other participants' view.</summary>
    public bool Anonymous { get; set; }

    /// <summary>The facilitator's countdown, or null.</summary>
    public LabTimer? Timer { get; set; }

    /// <summary>The member everyone's view follows ("follow me"), or null.</summary>
    public string? Follow { get; set; }

    /// <summary>Whether the participants are split into <see cref="Groups"/> (tables), each working in its own area.</summary>
    public bool Split { get; set; }

    /// <summary>The tables of the last split; kept after reconvening as labels of their cards.</summary>
    public List<Group> Groups { get; set; } = [];

    public List<Meeting> Meetings { get; set; } = [];

    public Dictionary<string, Member> Members { get; set; } = [];

    public Dictionary<string, Card> Cards { get; set; } = [];

    public Dictionary<string, Link> Links { get; set; } = [];

    public Dictionary<string, Comment> Comments { get; set; } = [];

    public Dictionary<string, Theme> Themes { get; set; } = [];

    /// <summary>Ids of deleted cards, links, comments and themes: they are never reused, and naming one gets a clear error.</summary>
    public HashSet<string> Deleted { get; set; } = [];

    [JsonIgnore]
    public bool Exists => Seq > 0;

    [JsonIgnore]
    public Meeting? OpenMeeting => Meetings.Count > 0 && Meetings[^1].ClosedAt is null ? Meetings[^1] : null;

    [JsonIgnore]
    public PhaseDefinition? CurrentPhase => Phases.Find(p => p.Id == Phase);

    /// <summary>What a card in <paramref name="laneId"/> contributes: its lane's own kind if it says one, else the built-in lanes' kind.</summary>
    public ContributionKind KindOf(string laneId) =>
        Lanes.Find(l => l.Id == laneId) is { Kind: { } kind } ? LaneKinds.Parse(kind) : LaneKinds.Of(laneId);

    public bool IsIdTaken(string id) =>
        Cards.ContainsKey(id) || Links.ContainsKey(id) || Comments.ContainsKey(id) || Themes.ContainsKey(id) || Deleted.Contains(id);

    /// <summary>The table <paramref name="memberId"/> sits at while the lab is split; null in plenary or when not seated.</summary>
    public string? GroupOf(string memberId) => Split ? Groups.Find(g => g.Members.Contains(memberId))?.Id : null;

    public int VotesCastBy(string memberId) => Cards.Values.Sum(c => c.Votes.GetValueOrDefault(memberId));
}
