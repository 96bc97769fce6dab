namespace Laboratori.Contracts;

/// <summary>
/// Where a lane sits in a matrix template: its row and its column, in Italian and English. A matrix template's lanes
/// are its cells, row by row, so cards, links, votes, exports and the replay treat a cell as they treat a lane; views
/// that know matrices lay the cells out as rows × columns.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MatrixCell(
    [property: Id(0)] string Row,
    [property: Id(1)] string RowEn,
    [property: Id(2)] string Column,
    [property: Id(3)] string ColumnEn);
