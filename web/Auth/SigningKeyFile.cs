using System.Security.Cryptography;
using Laboratori.Silo.Storage;

namespace Laboratori.Web.Auth;

/// <summary>The generated signing key kept in <c>signing.key</c> beside the SQLite database, so tokens outlive restarts.</summary>
internal static class SigningKeyFile
{
    public static byte[] LoadOrCreate(StorageOptions storage)
    {
        var path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storage.SqlitePath))!, "signing.key");
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        var key = RandomNumberGenerator.GetBytes(32);
        PrivateFiles.WriteNew(path, Convert.ToBase64String(key));
        return key;
    }
}
