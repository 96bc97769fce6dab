using System.ComponentModel.DataAnnotations;

namespace Laboratori.Web.Quotas;

/// <summary>How much one member, one address or one account may hold or make (section <c>Quotas</c>; docs/protocol.md, "Quotas").</summary>
public sealed class QuotaOptions
{
    public const string SectionName = "Quotas";

    /// <summary>Hub connections open at once with one member's tokens (a person, staff or participant): tabs and devices. Default 20.</summary>
    [Range(1, 100_000, ErrorMessage = "Quotas:MaxConnectionsPerMember must be between {1} and {2}.")]
    public int MaxConnectionsPerMember { get; set; } = 20;

    /// <summary>Hub connections open at once from one network address: a whole classroom or venue behind one NAT. Default 1,000.</summary>
    [Range(1, 10_000_000, ErrorMessage = "Quotas:MaxConnectionsPerAddress must be between {1} and {2}.")]
    public int MaxConnectionsPerAddress { get; set; } = 1_000;

    /// <summary>Labs one staff account may create in an hour (<c>POST /api/labs</c>, <c>POST /api/edizioni/{id}/labs</c>, import). Default 30.</summary>
    [Range(1, 10_000_000, ErrorMessage = "Quotas:LabsPerAccountPerHour must be between {1} and {2}.")]
    public int LabsPerAccountPerHour { get; set; } = 30;
}
