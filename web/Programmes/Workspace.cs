namespace Laboratori.Web.Programmes;

/// <summary>Everything a staff member works on: their programmes, the labs that stand alone, and today's incontri first.</summary>
public sealed record Workspace(
    IReadOnlyList<ProgrammeDetail> Programmes,
    IReadOnlyList<LabSummary> StandaloneLabs,
    IReadOnlyList<Incontro> Today,
    IReadOnlyList<Sede> Sedi,
    DateOnly Date);
