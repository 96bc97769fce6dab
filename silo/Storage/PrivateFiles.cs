namespace Laboratori.Silo.Storage;

/// <summary>
/// The database and the signing key are secrets (the key alone makes anyone an admin): their folder is created 0700 and
/// the files 0600 whatever the process umask. SQLite gives its <c>-wal</c> and <c>-shm</c> files the database's mode.
/// </summary>
public static class PrivateFiles
{
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private const UnixFileMode Others = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite;

    /// <summary>Creates the folder of <paramref name="filePath"/> (0700, if it does not exist) and the file itself, empty and 0600, if it does not exist.</summary>
    public static void Ensure(string filePath)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(filePath));
        if (!string.IsNullOrEmpty(directory) && !Directory.Exists(directory))
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(directory);
            }
            else
            {
                Directory.CreateDirectory(directory, FolderMode);
            }
        }

        if (!File.Exists(filePath))
        {
            try
            {
                using var _ = new FileStream(filePath, OperatingSystem.IsWindows()
                    ? new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write }
                    : new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = FileMode });
            }
            catch (IOException) when (File.Exists(filePath))
            {
                // Another opener created it first, through this same method.
            }
        }
    }

    /// <summary>Writes <paramref name="text"/> to a new 0600 file (in a 0700 folder).</summary>
    public static void WriteNew(string filePath, string text)
    {
        Ensure(filePath);
        File.WriteAllText(filePath, text);
    }

    /// <summary>The files among <paramref name="paths"/> that exist and that others than the owner may read or write.</summary>
    public static IReadOnlyList<string> ExposedAmong(IEnumerable<string> paths)
    {
        if (OperatingSystem.IsWindows())
        {
            return [];
        }

        var exposed = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path) && (File.GetUnixFileMode(path) & Others) != 0)
            {
                exposed.Add(path);
            }
        }

        return exposed;
    }
}
