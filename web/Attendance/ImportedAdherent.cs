namespace Laboratori.Web.Attendance;

/// <summary>One person read from an import file, checked and normalised; <see cref="Row"/> is the file's row number (header = 1).</summary>
public sealed record ImportedAdherent(int Row, string DisplayName, string Organisation, string Sector, string? Email);
