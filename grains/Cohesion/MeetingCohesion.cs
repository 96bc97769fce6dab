namespace Laboratori.Grains.Cohesion;

/// <summary>The measures of one incontro of one lab (see docs/cohesion.md for each formula).</summary>
public sealed record MeetingCohesion(
    string LabId,
    int Number,
    string Title,
    int Present,
    double? ParticipationRate,
    int InteractivePeople,
    int InteractiveEnti,
    int Interactions,
    double? CrossSectorShare,
    double? CrossEnteShare);
