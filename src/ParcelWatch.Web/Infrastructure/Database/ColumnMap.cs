namespace ParcelWatch.Web.Infrastructure.Database;

/// <summary>
/// The columns a <see cref="MultiRowStatement{TRow}"/> writes, each listed once with its name, its PostgreSQL type and
/// how to read its value from a row, so that the three cannot drift apart. The kind of column decides the type and the
/// value's CLR type together (<see cref="Number"/> takes an <c>int?</c>, <see cref="Date"/> a <c>DateOnly?</c>, …);
/// enums are written as their numbers, as EF Core stores them.
/// </summary>
public sealed class ColumnMap<TRow>
{
    private readonly List<MapColumn<TRow>> _columns = [];

    public IReadOnlyList<MapColumn<TRow>> Columns => _columns;

    /// <summary>The quoted column names, comma-separated, in map order (for <c>INSERT INTO … (…)</c> or <c>WITH … (…)</c>).</summary>
    public string Names => string.Join(", ", _columns.Select(c => Quote(c.Name)));

    public ColumnMap<TRow> Number(string name, Func<TRow, int?> value) => Add(name, "integer", row => value(row));

    public ColumnMap<TRow> Text(string name, Func<TRow, string?> value) => Add(name, "text", value);

    public ColumnMap<TRow> Numeric(string name, Func<TRow, decimal?> value) => Add(name, "numeric", row => value(row));

    public ColumnMap<TRow> Date(string name, Func<TRow, DateOnly?> value) => Add(name, "date", row => value(row));

    /// <summary>A UTC time (<c>timestamptz</c> on PostgreSQL).</summary>
    public ColumnMap<TRow> Time(string name, Func<TRow, DateTime> value) => Add(name, "timestamptz", row => value(row));

    public ColumnMap<TRow> Uuid(string name, Func<TRow, Guid?> value) => Add(name, "uuid", row => value(row));

    public ColumnMap<TRow> NumberList(string name, Func<TRow, IReadOnlyList<int>> value) => Add(name, "integer[]", value);

    /// <summary>A JSON document, already serialized (<c>jsonb</c> on PostgreSQL, text on SQLite).</summary>
    public ColumnMap<TRow> Json(string name, Func<TRow, string> value) => Add(name, "jsonb", value);

    /// <summary><c>"A" = "source"."A", …</c> for every column but <paramref name="except"/> (for <c>UPDATE … SET</c>).</summary>
    public string Assignments(string source, params IReadOnlyList<string> except) =>
        string.Join(", ", _columns.Where(c => !except.Contains(c.Name)).Select(c => $"{Quote(c.Name)} = {Quote(source)}.{Quote(c.Name)}"));

    /// <summary>The values of one row, in map order.</summary>
    public object?[] Values(TRow row)
    {
        var values = new object?[_columns.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = _columns[i].Value(row);
        }

        return values;
    }

    private ColumnMap<TRow> Add(string name, string postgresType, Func<TRow, object?> value)
    {
        if (_columns.Exists(c => c.Name == name))
        {
            throw new ArgumentException($"Column {name} is mapped twice.", nameof(name));
        }

        _columns.Add(new MapColumn<TRow>(name, postgresType, value));
        return this;
    }

    private static string Quote(string name) => $"\"{name}\"";
}

/// <summary>One column of a <see cref="ColumnMap{TRow}"/>.</summary>
public sealed record MapColumn<TRow>(string Name, string PostgresType, Func<TRow, object?> Value);
