namespace Laboratori.Web.Attendance;

/// <summary>How many people an import added (all of the file's rows, or none with an error).</summary>
public sealed record ImportView(int Imported);
