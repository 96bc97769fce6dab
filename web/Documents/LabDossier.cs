using System.Collections.Immutable;
using Laboratori.Contracts;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.Cohesion;
using Laboratori.Web.Programmes;

namespace Laboratori.Web.Documents;

/// <summary>Everything the documents say about one lab, read once: its definition and place, its log folded, attendance, planned incontri.</summary>
public sealed record LabDossier(
    LabInfo Lab,
    DocumentContext Context,
    ImmutableArray<CanvasEvent> Events,
    CohesionInput Cohesion,
    IReadOnlyList<MeetingAttendance> Attendance,
    IReadOnlyList<Incontro> Planned);
