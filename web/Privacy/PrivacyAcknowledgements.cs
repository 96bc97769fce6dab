using Laboratori.Contracts;
using Laboratori.Web.Data;
using Microsoft.Extensions.Options;

namespace Laboratori.Web.Privacy;

/// <summary>Checks the version a join acknowledges against the notice in force, and records it once the join succeeds.</summary>
public sealed class PrivacyAcknowledgements(InsertBatches inserts, IOptions<PrivacyOptions> options, TimeProvider time)
{
    /// <summary>Null when <paramref name="version"/> is the notice in force.</summary>
    public CanvasError? Check(string? version) =>
        string.IsNullOrEmpty(version) ? PrivacyErrors.Required : version == options.Value.Version ? null : PrivacyErrors.Outdated;

    /// <summary>Records the acknowledgement, with <paramref name="alsoNew"/> rows of the same join in the same transaction.</summary>
    public Task RecordAsync(string labId, string memberId, params object[] alsoNew) =>
        inserts.InsertAsync([new PrivacyAcknowledgement { LabId = labId, MemberId = memberId, Version = options.Value.Version, At = time.GetUtcNow() }, .. alsoNew]);
}
