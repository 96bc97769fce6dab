using System.Text.Json;
using Laboratori.Contracts;

namespace Laboratori.Tests.Cohesion;

internal static class Sectors
{
    public static string Wire(Sector sector) => JsonSerializer.Serialize(sector).Trim('"');
}
