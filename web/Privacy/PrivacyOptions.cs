using System.ComponentModel.DataAnnotations;

namespace Laboratori.Web.Privacy;

/// <summary>
/// The privacy notice (informativa) shown before a participant joins: who the controller is and how to reach them.
/// Bound from <c>Privacy</c> and validated on start. The defaults are the demo's: a region sets its own controller.
/// </summary>
public sealed class PrivacyOptions
{
    public const string SectionName = "Privacy";

    /// <summary>
    /// The notice's version: a join acknowledges this one (<c>privacyVersion</c>), and a change asks everyone again.
    /// Change it whenever the text or the controller changes. Default <c>2026-12-01</c>.
    /// </summary>
    [Required, RegularExpression("^[0-9A-Za-z._-]{1,40}$", ErrorMessage = "Privacy:Version: 1 to 40 letters, digits, dot, dash or underscore.")]
    public string Version { get; set; } = "2026-12-01";

    /// <summary>The data controller (titolare del trattamento): the public body that runs the programme.</summary>
    [Required(AllowEmptyStrings = false), StringLength(200)]
    public string Controller { get; set; } = "Ente titolare del programma (demo: impostare Privacy:Controller)";

    /// <summary>The controller's postal address. Default empty.</summary>
    [StringLength(300)]
    public string Address { get; set; } = string.Empty;

    /// <summary>Where people write to exercise their rights.</summary>
    [Required(AllowEmptyStrings = false), EmailAddress, StringLength(254)]
    public string Email { get; set; } = "privacy@example.org";

    /// <summary>The data protection officer's address (RPD/DPO), if the controller has one. Default none.</summary>
    [EmailAddress, StringLength(254)]
    public string? DpoEmail { get; set; }
}
