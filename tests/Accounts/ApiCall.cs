using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Laboratori.Tests.Accounts;

/// <summary>A REST call and its outcome as the tests read it: status, and the body (problem details carry <c>code</c>).</summary>
public sealed record ApiCall(HttpStatusCode Status, JsonElement Body)
{
    public string? Code => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("code", out var code) ? code.GetString() : null;

    public static async Task<ApiCall> SendAsync(HttpClient http, HttpMethod method, string path, string? token = null, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var json = text.TrimStart() is ['{' or '[', ..] ? JsonDocument.Parse(text).RootElement.Clone() : default;
        return new ApiCall(response.StatusCode, json);
    }
}
