using System.Collections.Immutable;
using Laboratori.Contracts;
using Laboratori.Contracts.Labs;
using Laboratori.Contracts.Participants;
using Laboratori.Grains.Canvas;
using Laboratori.Grains.Participants;
using Laboratori.Silo.Hosting;
using Microsoft.Extensions.Options;

namespace Laboratori.Grains.Labs;

public sealed class LaboratorioGrain(
    [PersistentState("lab", StorageNames.Default)] IPersistentState<LabState> lab,
    IOptions<LabLimits> limits,
    TimeProvider time) : Grain, ILaboratorioGrain
{
    /// <summary>The version of the lab's list of people (see <see cref="RosterVersion"/>): not stored, random per activation.</summary>
    private long _adesioni = Random.Shared.NextInt64();

    private string LabId => this.GetPrimaryKeyString();

    public Task<CreateLabResult> CreateAsync(Actor facilitator, LabDefinition definition) =>
        StartAsync(facilitator, definition, template => GrainFactory.GetGrain<ICanvasGrain>(LabId).CreateAsync(facilitator, definition.Title, template)
            .ContinueWith(t => t.Result.Error, TaskScheduler.Current));

    public Task<CreateLabResult> ImportAsync(Actor facilitator, LabDefinition definition, ImmutableArray<CanvasEvent> events)
    {
        // An archive of a lab made from a template this build no longer has still imports: its lanes are in its events.
        definition = definition with { TemplateId = Templates.All.ContainsKey(definition.TemplateId) ? definition.TemplateId : Templates.Default };
        return LabDefinitionRules.Validate(definition, limits.Value) is { } invalid
            ? Task.FromResult(new CreateLabResult(null, Errors.ImportInvalid.With($"Laboratorio: {invalid.Message}", $"Lab: {invalid.MessageEn}")))
            : StartAsync(facilitator, definition, _ => GrainFactory.GetGrain<ICanvasGrain>(LabId).ImportAsync(facilitator, events));
    }

    private async Task<CreateLabResult> StartAsync(Actor facilitator, LabDefinition definition, Func<LabTemplate, Task<CanvasError?>> startCanvas)
    {
        if (lab.State.Definition is not null)
        {
            return new CreateLabResult(null, Errors.LabExists);
        }

        if (!facilitator.IsStaffRunner)
        {
            return new CreateLabResult(null, Errors.Forbidden);
        }

        if (!Templates.All.TryGetValue(definition.TemplateId, out var template))
        {
            return new CreateLabResult(null, Errors.BadRequest.With("Modello sconosciuto.", "Unknown template."));
        }

        if (await startCanvas(template) is { } error)
        {
            return new CreateLabResult(null, error);
        }

        lab.State = new LabState { Definition = definition, JoinCode = await ClaimJoinCodeAsync(), Facilitators = [facilitator.Id], CreatedAt = time.GetUtcNow() };
        await lab.WriteStateAsync();
        await PublishAsync();
        return new CreateLabResult(Info(), null);
    }

    public Task<LabInfo?> GetAsync() => Task.FromResult(lab.State.Definition is null ? null : Info());

    public async Task<EnrolResult> EnrolAsync(ParticipantProfile profile)
    {
        if (lab.State.Definition is null)
        {
            return new EnrolResult(null, Errors.LabNotFound);
        }

        if (lab.State.Closed)
        {
            return new EnrolResult(null, Errors.LabClosed);
        }

        if (lab.State.Roster.Length >= limits.Value.MaxEnrolments)
        {
            return new EnrolResult(null, Errors.LimitParticipants);
        }

        var enrolment = new Enrolment(Ids.New("p-"), profile.DisplayName, profile.Organisation, profile.Sector, time.GetUtcNow());
        lab.State.Roster = lab.State.Roster.Add(enrolment);
        await lab.WriteStateAsync();
        await PublishAsync();
        await GrainFactory.GetGrain<IParticipantGrain>(enrolment.ParticipantId).SetProfileAsync(profile, LabId);
        return new EnrolResult(enrolment.ParticipantId, null);
    }

    public Task<ImmutableArray<Enrolment>> GetRosterAsync() => Task.FromResult(lab.State.Roster);

    public Task<RosterVersion> GetRosterVersionAsync() => Task.FromResult(new RosterVersion(lab.State.Roster, _adesioni));

    public Task AdesioniChangedAsync()
    {
        _adesioni++;
        return Task.CompletedTask;
    }

    public async Task<CanvasError?> UpdateAsync(Actor actor, string title, string theme, string mandate)
    {
        if (lab.State.Definition is null)
        {
            return Errors.LabNotFound;
        }

        if (!actor.IsStaffRunner)
        {
            return Errors.Forbidden;
        }

        lab.State.Definition = lab.State.Definition with { Title = title, Theme = theme, Mandate = mandate };
        await lab.WriteStateAsync();
        // The directory lists labs by their definition: keep its copy as the lab is now.
        await PublishAsync();
        return null;
    }

    public async Task ErasePersonAsync(string participantId, string pseudonym)
    {
        if (lab.State.Roster.FirstOrDefault(e => e.ParticipantId == participantId) is { } enrolment)
        {
            lab.State.Roster = lab.State.Roster.Replace(enrolment, enrolment with { DisplayName = pseudonym, Organisation = string.Empty });
            await lab.WriteStateAsync();
        }
    }

    public Task<Enrolment?> GetEnrolmentAsync(string participantId) =>
        Task.FromResult<Enrolment?>(lab.State.Roster.FirstOrDefault(e => e.ParticipantId == participantId));

    public async Task<CanvasError?> SetClosedAsync(Actor actor, bool closed)
    {
        if (lab.State.Definition is null)
        {
            return Errors.LabNotFound;
        }

        if (!actor.IsStaffRunner)
        {
            return Errors.Forbidden;
        }

        lab.State.ClosedAt = closed ? lab.State.ClosedAt ?? time.GetUtcNow() : null;
        lab.State.Closed = closed;
        await lab.WriteStateAsync();
        await PublishAsync();
        return null;
    }

    private async Task<string> ClaimJoinCodeAsync()
    {
        while (true)
        {
            var code = JoinCodes.New();
            if (await GrainFactory.GetGrain<IJoinCodeGrain>(code).ClaimAsync(LabId))
            {
                return code;
            }
        }
    }

    /// <summary>Keeps the directory's summary of this lab current, so listing labs reads it there and activates no lab.</summary>
    private Task PublishAsync() => GrainFactory.GetGrain<ILabDirectoryGrain>(LabDirectoryGrain.Key).RegisterAsync(Info());

    private LabInfo Info() =>
        new(LabId, lab.State.Definition!, lab.State.JoinCode, lab.State.Facilitators, lab.State.CreatedAt, lab.State.Closed, lab.State.Roster.Length)
        {
            ClosedAt = lab.State.ClosedAt,
        };
}
