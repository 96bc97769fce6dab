using System.Text.Json.Serialization;

namespace Laboratori.Contracts;

/// <summary>What a caller may do in a lab. Checked on the server for every operation.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Role>))]
public enum Role
{
    /// <summary>Joins with a join code; edits within what the phase and the lock allow.</summary>
    [JsonStringEnumMemberName("participant")] Participant = 0,

    /// <summary>Trainer or observer: reads live labs and their history, never edits.</summary>
    [JsonStringEnumMemberName("trainer")] Trainer = 1,

    /// <summary>Runs labs: phases, lock, meetings, moderation; edits anything.</summary>
    [JsonStringEnumMemberName("facilitator")] Facilitator = 2,

    /// <summary>Manages staff and the regional programme; may do what a facilitator does.</summary>
    [JsonStringEnumMemberName("admin")] Admin = 3,

    /// <summary>
    /// Takes the roll call and annotates: adds and edits their own cards, comments and links in any phase, even with the
    /// canvas locked; never votes, organises themes, or runs phases, lock, meetings or moderation.
    /// </summary>
    [JsonStringEnumMemberName("tutor")] Tutor = 4,
}
