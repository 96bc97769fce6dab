using Laboratori.Contracts.Labs;

namespace Laboratori.Web.Dashboard;

/// <summary>What the dashboard reads of one lab: its enrolments, when each member came online, and its canvas activity.</summary>
public sealed record LabFacts(
    string LabId,
    string Title,
    IReadOnlyList<Enrolment> Enrolled,
    IReadOnlyDictionary<string, IReadOnlyList<DateTimeOffset>> Joins,
    int Cards,
    int Links,
    int Votes);
