namespace Laboratori.Web.Hosting;

/// <summary>Section <c>Network</c>: who may tell the node the client's real address and scheme.</summary>
public sealed class NetworkOptions
{
    public const string SectionName = "Network";

    /// <summary>
    /// Addresses (<c>10.0.0.5</c>) or networks (<c>10.0.0.0/24</c>) of the reverse proxies whose <c>X-Forwarded-For</c> and
    /// <c>X-Forwarded-Proto</c> the node believes. Empty by default: nobody's, so no client can forge its address past the
    /// per-address limits.
    /// </summary>
    public string[] TrustedProxies { get; set; } = [];
}
