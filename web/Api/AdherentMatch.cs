using Laboratori.Contracts;
using Laboratori.Web.Attendance;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Laboratori.Web.Api;

/// <summary>
/// At a join with the lab's code: someone whose name and organisation are already in the list is asked whether that
/// is them (<c>adherent_match</c>) instead of becoming a duplicate; confirming joins as that person.
/// </summary>
public static class AdherentMatch
{
    /// <summary>The answer when the list decides it (a match to confirm, or a confirmed join); null to enrol as usual.</summary>
    public static async Task<Results<Ok<JoinResponse>, ProblemHttpResult>?> DecideAsync(
        JoinRequest request, string labId, string displayName, string organisation, AdherentStore adherents, AdherentJoin join)
    {
        if (request.NewPerson)
        {
            return null;
        }

        if (await adherents.MatchAsync(labId, displayName, organisation) is not { } match)
        {
            if (request.AdherentId is null)
            {
                return null;
            }

            return ApiProblem.From(AttendanceErrors.AdherentNotFound);
        }

        if (request.AdherentId != match.Id)
        {
            var error = AttendanceErrors.AdherentMatch;
            return TypedResults.Problem(title: error.MessageEn, detail: error.Message, statusCode: ApiProblem.StatusFor(error.Code),
                extensions: new Dictionary<string, object?>
                {
                    ["code"] = error.Code, ["message"] = error.Message, ["messageEn"] = error.MessageEn,
                    ["adherentId"] = match.Id, ["displayName"] = match.DisplayName, ["organisation"] = match.Organisation,
                });
        }

        var (token, refused) = await join.IssueAsync(match);
        return token is not null ? TypedResults.Ok(new JoinResponse(token, labId, match.MemberId)) : ApiProblem.From(refused!);
    }
}
