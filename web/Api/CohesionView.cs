using Laboratori.Grains.Cohesion;

namespace Laboratori.Web.Api;

/// <summary>What trainers and facilitators see of a lab's cohesion: every measure and the network.</summary>
public sealed record CohesionView(CohesionReport Report, CohesionNetwork Network);
