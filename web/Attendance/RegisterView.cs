using Laboratori.Web.Programmes;

namespace Laboratori.Web.Attendance;

/// <summary>An incontro's register: the incontro, whether the roll call is open now, one row per person (times in <see cref="TimeZone"/>).</summary>
public sealed record RegisterView(Incontro Incontro, string LabTitle, bool Open, IReadOnlyList<RegisterRow> Rows)
{
    public string TimeZone => "Europe/Rome";

    public int Present => Rows.Count(r => r.Hours > 0);

    public int Enrolled => Rows.Count(r => r.Kind == AdherentKinds.Aderente);
}
