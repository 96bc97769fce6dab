using System.Text.Json.Serialization;

namespace Laboratori.Contracts;

/// <summary>Which part of the community a participant comes from.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Sector>))]
public enum Sector
{
    /// <summary>Ente pubblico: Uffici di Piano, municipal social services, health agencies.</summary>
    [JsonStringEnumMemberName("ente_pubblico")] EntePubblico = 0,

    /// <summary>Terzo settore: cooperatives, associations, foundations.</summary>
    [JsonStringEnumMemberName("terzo_settore")] TerzoSettore = 1,

    [JsonStringEnumMemberName("cittadino")] Cittadino = 2,

    [JsonStringEnumMemberName("altro")] Altro = 3,
}
