using System.Globalization;

namespace ParcelWatch.Web.Infrastructure.Database;

/// <summary>
/// A statement for <see cref="MultiRowSql"/>: SQL that names its columns through <c>{columns}</c> and reads its rows
/// through <c>{rows}</c>, both from one <see cref="ColumnMap{TRow}"/>. PostgreSQL, unlike SQLite, does not turn text
/// into the column's type on its own, so there each row column is cast to the map's type; SQLite ignores the types.
/// </summary>
public sealed class MultiRowStatement<TRow>(ColumnMap<TRow> columns, string sql)
{
    public ColumnMap<TRow> Columns { get; } = columns;

    /// <summary>The SQL sent to the database; the rows travel as one JSON parameter, <c>@rows</c> (an array of arrays).</summary>
    public string Render(bool postgres) => sql
        .Replace("{columns}", Columns.Names, StringComparison.Ordinal)
        .Replace("{rows}", postgres ? PostgresRows() : SqliteRows(), StringComparison.Ordinal);

    private string SqliteRows() =>
        $"SELECT {string.Join(", ", Columns.Columns.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"value ->> {i}")))} FROM json_each(@rows)";

    /// <summary>An array column arrives as a JSON array; every other one as a JSON scalar cast from its text.</summary>
    private string PostgresRows() =>
        $"SELECT {string.Join(", ", Columns.Columns.Select((column, i) => column.PostgresType.EndsWith("[]", StringComparison.Ordinal)
            ? string.Create(CultureInfo.InvariantCulture, $"ARRAY(SELECT jsonb_array_elements_text(value -> {i}))::{column.PostgresType}")
            : string.Create(CultureInfo.InvariantCulture, $"(value ->> {i})::{column.PostgresType}")))} FROM jsonb_array_elements(@rows::jsonb)";
}
