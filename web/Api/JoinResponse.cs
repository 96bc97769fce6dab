namespace Laboratori.Web.Api;

/// <summary>A participant's token, scoped to one lab.</summary>
public sealed record JoinResponse(string Token, string LabId, string ParticipantId);
