namespace Laboratori.Web.Attendance;

/// <summary>Whether a person formally enrolled in the lab (counted in "14 su 28 adesioni") or walked in with the lab's code.</summary>
public static class AdherentKinds
{
    public const string Aderente = "aderente";
    public const string NonAderente = "non_aderente";
}
