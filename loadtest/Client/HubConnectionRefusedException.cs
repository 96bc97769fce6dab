using System.Net;

namespace Laboratori.LoadTest.Client;

/// <summary>The server refused the connection: at negotiation, at the WebSocket upgrade, or in the handshake.</summary>
public sealed class HubConnectionRefusedException : Exception
{
    public HubConnectionRefusedException()
    {
    }

    public HubConnectionRefusedException(string message)
        : base(message)
    {
    }

    public HubConnectionRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public HubConnectionRefusedException(HttpStatusCode? statusCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
    }

    /// <summary>The HTTP status of the refusal, when there was one (401 without a valid token).</summary>
    public HttpStatusCode? StatusCode { get; }
}
