using Laboratori.Grains.Cohesion;

namespace Laboratori.Web.Api;

/// <summary>
/// What participants see of their lab's cohesion: the lab's aggregate figures only, with nothing about any person or
/// ente (see docs/cohesion.md).
/// </summary>
public sealed record CohesionSummary(
    long Seq,
    int Meetings,
    double? ParticipationRate,
    int InteractivePeople,
    int InteractiveEnti,
    int Interactions,
    double? CrossSectorShare,
    double? CrossEnteShare,
    int ContinuingEnti,
    int Contributions)
{
    public static CohesionSummary From(CohesionReport report) => new(
        report.Seq, report.Meetings.Length, report.ParticipationRate, report.InteractivePeople, report.InteractiveEnti,
        report.Interactions, report.CrossSectorShare, report.CrossEnteShare, report.ContinuingEnti, report.Contributions);
}
