using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Laboratori.Silo.Storage;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Laboratori.Web.Auth;

/// <summary>Issues and checks tokens: base64url(JSON claims) "." base64url(HMAC-SHA256 of the first part).</summary>
public sealed class TokenService
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly byte[] _key;
    private readonly TimeProvider _time;

    public TokenService(IOptions<AuthOptions> auth, IOptions<StorageOptions> storage, TimeProvider time)
    {
        _time = time;
        _key = auth.Value.SigningKey is { Length: > 0 } configured ? Convert.FromBase64String(configured) : LoadOrCreateKey(storage.Value.SqlitePath);
        if (_key.Length < 32)
        {
            throw new InvalidOperationException("Auth:SigningKey must hold at least 32 bytes (base64).");
        }
    }

    public string Issue(TokenClaims claims)
    {
        var body = WebEncoders.Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(claims, Json));
        return body + "." + WebEncoders.Base64UrlEncode(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(body)));
    }

    /// <summary>The token's claims if its signature is right and it has not expired; otherwise null.</summary>
    public TokenClaims? Validate(string? token)
    {
        if (token is null || token.Split('.') is not [var body, var signature])
        {
            return null;
        }

        try
        {
            var expected = HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(body));
            if (!CryptographicOperations.FixedTimeEquals(expected, WebEncoders.Base64UrlDecode(signature)))
            {
                return null;
            }

            var claims = JsonSerializer.Deserialize<TokenClaims>(WebEncoders.Base64UrlDecode(body), Json);
            return claims is not null && claims.Exp > _time.GetUtcNow() ? claims : null;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }

    private static byte[] LoadOrCreateKey(string databasePath)
    {
        var path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath))!, "signing.key");
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(32);
        File.WriteAllText(path, Convert.ToBase64String(key));
        return key;
    }
}
