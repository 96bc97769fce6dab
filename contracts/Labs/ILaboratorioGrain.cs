using System.Collections.Immutable;

namespace Laboratori.Contracts.Labs;

/// <summary>A lab's identity and membership: definition, join code, facilitators, enrolments. Keyed by the lab id.</summary>
public interface ILaboratorioGrain : IGrainWithStringKey
{
    /// <summary>Creates the lab, claims a fresh join code and starts its canvas from the template.</summary>
    Task<CreateLabResult> CreateAsync(Actor facilitator, LabDefinition definition);

    /// <summary>Creates the lab from another lab's archived events (see <see cref="ICanvasGrain.ImportAsync"/>).</summary>
    Task<CreateLabResult> ImportAsync(Actor facilitator, LabDefinition definition, ImmutableArray<CanvasEvent> events);

    /// <summary>The lab, or null if there is none with this id.</summary>
    Task<LabInfo?> GetAsync();

    /// <summary>Enrols a participant who came with the join code; fails if the lab is closed or full.</summary>
    Task<EnrolResult> EnrolAsync(ParticipantProfile profile);

    Task<ImmutableArray<Enrolment>> GetRosterAsync();

    /// <summary>
    /// The enrolments with the version of the lab's list of people (adesioni, kept by the web tier): a node may keep the
    /// names it read for a version and read them again only when the version moves (<see cref="AdesioniChangedAsync"/>).
    /// </summary>
    Task<RosterVersion> GetRosterVersionAsync();

    /// <summary>The web tier changed the lab's list of people (added, renamed, erased): the version moves.</summary>
    Task AdesioniChangedAsync();

    /// <summary>
    /// Changes the lab's title, theme and mandate, for who runs it; the template, join code and roster stay. The canvas
    /// log keeps the title it was created with (its first event), as history should.
    /// </summary>
    Task<CanvasError?> UpdateAsync(Actor actor, string title, string theme, string mandate);

    /// <summary>The enrolment of <paramref name="participantId"/> in this lab (their profile as they gave it), or null.</summary>
    Task<Enrolment?> GetEnrolmentAsync(string participantId);

    /// <summary>
    /// Erasure: the enrolment of <paramref name="participantId"/>, if any, keeps its place and dates but takes
    /// <paramref name="pseudonym"/> for a name and no organisation. The lab's log is not touched (it names them by id).
    /// </summary>
    Task ErasePersonAsync(string participantId, string pseudonym);

    /// <summary>Closes the lab to new participants (or reopens it).</summary>
    Task<CanvasError?> SetClosedAsync(Actor actor, bool closed);
}
