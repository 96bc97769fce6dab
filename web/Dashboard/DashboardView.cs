namespace Laboratori.Web.Dashboard;

/// <summary>
/// A programme's figures, whole or narrowed by a <see cref="DashboardFilter"/>. Attendance comes from the labs'
/// join events (someone came online during an incontro's hours) until attendance registers exist.
/// </summary>
public sealed record DashboardView(
    string ProgrammeId,
    string Title,
    DateOnly Date,
    int EditionsPlanned,
    int EditionsRunning,
    int EditionsFinished,
    int IncontriHeld,
    decimal HoursDelivered,
    int Enrolled,
    int Present,
    int ReachedThreshold,
    IReadOnlyList<EditionRow> Editions,
    IReadOnlyList<GroupRow> Percorsi,
    IReadOnlyList<GroupRow> Zones,
    IReadOnlyList<GroupRow> Sectors,
    IReadOnlyList<GroupRow> Organisations,
    IReadOnlyList<LabActivityRow> Labs);
