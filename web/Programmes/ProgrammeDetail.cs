namespace Laboratori.Web.Programmes;

/// <summary>A programme with what the caller may see of it: percorsi, edizioni, labs, incontri, staff assignments.</summary>
public sealed record ProgrammeDetail(
    Programme Programme,
    bool CanManage,
    IReadOnlyList<Percorso> Percorsi,
    IReadOnlyList<Edizione> Edizioni,
    IReadOnlyList<LabSummary> Labs,
    IReadOnlyList<Incontro> Incontri,
    IReadOnlyList<Assignment> Staff);
