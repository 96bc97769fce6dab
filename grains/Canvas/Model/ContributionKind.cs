using System.Text.Json.Serialization;

namespace Laboratori.Grains.Canvas.Model;

/// <summary>What a contribution says of its author: a need stated, a resource offered, an action proposed or taken on.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ContributionKind>))]
public enum ContributionKind
{
    [JsonStringEnumMemberName("need")] Need = 0,

    [JsonStringEnumMemberName("resource")] Resource = 1,

    [JsonStringEnumMemberName("action")] Action = 2,

    /// <summary>A card in a lane that is none of the above (a template's free lane).</summary>
    [JsonStringEnumMemberName("other")] Other = 3,
}
