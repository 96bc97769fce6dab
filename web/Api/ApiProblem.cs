using Laboratori.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Laboratori.Web.Api;

/// <summary>Errors as RFC 7807 problem details carrying the stable code and both messages.</summary>
public static class ApiProblem
{
    public static ProblemHttpResult From(CanvasError error) =>
        TypedResults.Problem(
            title: error.MessageEn,
            detail: error.Message,
            statusCode: StatusFor(error.Code),
            extensions: new Dictionary<string, object?> { ["code"] = error.Code, ["message"] = error.Message, ["messageEn"] = error.MessageEn });

    public static int StatusFor(string code) => code switch
    {
        "unauthorized" or "login_failed" => StatusCodes.Status401Unauthorized,
        "forbidden" or "removed" or "on_behalf_forbidden" => StatusCodes.Status403Forbidden,
        "lab_not_found" or "join_code_invalid" => StatusCodes.Status404NotFound,
        "lab_closed" or "limit_participants" or "lab_exists" => StatusCodes.Status409Conflict,
        "rate_limited" or "quota_exceeded" => StatusCodes.Status429TooManyRequests,
        "payload_too_large" => StatusCodes.Status413PayloadTooLarge,
        "not_found" => StatusCodes.Status404NotFound,
        "method_not_allowed" => StatusCodes.Status405MethodNotAllowed,
        "unsupported_media_type" => StatusCodes.Status415UnsupportedMediaType,
        "internal" => StatusCodes.Status500InternalServerError,
        "unavailable" => StatusCodes.Status503ServiceUnavailable,
        _ when Laboratori.Web.Auth.AccountErrors.StatusFor(code) is { } status => status,
        _ when Laboratori.Web.Programmes.ProgrammeErrors.StatusFor(code) is { } status => status,
        _ when Laboratori.Web.Attendance.AttendanceErrors.StatusFor(code) is { } status => status,
        _ when Laboratori.Web.Documents.DocumentErrors.StatusFor(code) is { } status => status,
        _ when Laboratori.Web.Privacy.PrivacyErrors.StatusFor(code) is { } status => status,
        _ when Laboratori.Web.Enti.EntiErrors.StatusFor(code) is { } status => status,
        _ => StatusCodes.Status400BadRequest,
    };
}
