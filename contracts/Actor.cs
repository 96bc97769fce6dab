namespace Laboratori.Contracts;

/// <summary>The authenticated caller of a grain method, as established by the web host.</summary>
[GenerateSerializer, Immutable]
public sealed record Actor([property: Id(0)] string Id, [property: Id(1)] Role Role, [property: Id(2)] string DisplayName)
{
    public bool IsStaffRunner => Role is Role.Facilitator or Role.Admin;
}
