namespace Laboratori.Web.Programmes;

/// <summary>A regional training programme (programma): its fund, CUP code, period and owner body.</summary>
public sealed class Programme
{
    public string Id { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    /// <summary>One of <see cref="Funds.All"/>.</summary>
    public string Fund { get; set; } = Funds.FsePlus;

    /// <summary>Codice Unico di Progetto: 15 letters and digits, or empty.</summary>
    public string Cup { get; set; } = string.Empty;

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    public string OwnerBody { get; set; } = string.Empty;

    public bool Archived { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
