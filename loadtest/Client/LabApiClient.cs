using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Laboratori.Contracts;

namespace Laboratori.LoadTest.Client;

/// <summary>The REST calls a client makes around the hub: sign in, create a lab, join it, read it. Errors raise <see cref="LabApiException"/>.</summary>
public sealed class LabApiClient(HttpClient http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<StaffLogin> LoginAsync(string userName, string password, CancellationToken cancellationToken = default) =>
        (await SendAsync<StaffLogin>(HttpMethod.Post, "api/auth/login", null, new { userName, password }, cancellationToken))!;

    public async Task<CreatedLab> CreateLabAsync(string token, string title, CancellationToken cancellationToken = default) =>
        (await SendAsync<CreatedLab>(HttpMethod.Post, "api/labs", token, new { title }, cancellationToken))!;

    /// <summary>Creates a lab with one of the templates of <c>GET api/templates</c>.</summary>
    public async Task<CreatedLab> CreateLabAsync(string token, string title, string templateId, CancellationToken cancellationToken = default) =>
        (await SendAsync<CreatedLab>(HttpMethod.Post, "api/labs", token, new { title, templateId }, cancellationToken))!;

    public async Task<ParticipantJoin> JoinAsync(string code, string displayName, CancellationToken cancellationToken = default) =>
        (await SendAsync<ParticipantJoin>(HttpMethod.Post, "api/join", null, new { code, displayName }, cancellationToken))!;

    /// <summary>Any GET of the API, as JSON: <c>api/labs/{id}/canvas?seq=N</c>, <c>api/labs/{id}/events?after=&amp;limit=</c>, ….</summary>
    public Task<JsonElement> GetAsync(string token, string path, CancellationToken cancellationToken = default) =>
        SendAsync<JsonElement>(HttpMethod.Get, path, token, null, cancellationToken);

    private async Task<T?> SendAsync<T>(HttpMethod method, string path, string? token, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken);
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        string? code = null;
        try
        {
            using var problem = JsonDocument.Parse(text);
            code = problem.RootElement.TryGetProperty("code", out var c) ? c.GetString() : null;
        }
        catch (JsonException)
        {
            // Not problem details: keep the status alone.
        }

        throw new LabApiException(response.StatusCode, code, $"{method} {path}: {(int)response.StatusCode} {code} {text}");
    }
}
