namespace ParcelWatch.Web.Infrastructure.Database;

/// <summary>
/// A statement for <see cref="MultiRowSql"/>: SQL that reads its rows through <c>{rows}</c>, and the PostgreSQL type of
/// each row column (<c>integer</c>, <c>text</c>, <c>timestamptz</c>, <c>integer[]</c>, …), because PostgreSQL, unlike
/// SQLite, does not turn text into the column's type on its own. SQLite ignores the types.
/// </summary>
public sealed record MultiRowStatement(string Sql, params IReadOnlyList<string> PostgresTypes);
