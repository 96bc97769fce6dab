namespace Laboratori.LoadTest.Client;

/// <summary>A participant's token from <c>POST /api/join</c>, scoped to <see cref="LabId"/>.</summary>
public sealed record ParticipantJoin(string Token, string LabId, string ParticipantId);
