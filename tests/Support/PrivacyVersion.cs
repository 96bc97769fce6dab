namespace Laboratori.Tests.Support;

/// <summary>The version of the privacy notice a test server shows by default, which every join must acknowledge.</summary>
public static class PrivacyVersion
{
    public static string Current { get; } = new Laboratori.Web.Privacy.PrivacyOptions().Version;
}
