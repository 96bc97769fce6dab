using System.Net;

namespace Laboratori.LoadTest.Client;

/// <summary>The REST API refused a request: its HTTP status and the stable error code of its problem details.</summary>
public sealed class LabApiException : Exception
{
    public LabApiException()
    {
    }

    public LabApiException(string message)
        : base(message)
    {
    }

    public LabApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LabApiException(HttpStatusCode statusCode, string? code, string message)
        : base(message)
    {
        StatusCode = statusCode;
        Code = code;
    }

    public HttpStatusCode StatusCode { get; }

    /// <summary>The problem's <c>code</c> (<c>join_code_invalid</c>, <c>rate_limited</c>, …), if it had one.</summary>
    public string? Code { get; }
}
