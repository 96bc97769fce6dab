namespace Laboratori.Web.Attendance;

/// <summary>The accesses to personal data that the audit trail records (docs/protocol.md, "Audit trail").</summary>
public static class AuditActions
{
    public const string AdesioniRead = "adesioni.read";
    public const string OnBehalfRead = "onbehalf.read";
    public const string AdesioniImport = "adesioni.import";
    public const string AdesioniMerge = "adesioni.merge";
    public const string AdesioniErase = "adesioni.erase";
    public const string RegisterExport = "register.export";
    public const string HoursRead = "hours.read";
    public const string HoursExport = "hours.export";
    public const string Certificates = "certificates.export";
    public const string EdizioneRegister = "edizione.export";
    public const string AttendanceExport = "attendance.export";
    public const string LogExport = "log.export";
}
