using ParcelWatch.Web.Infrastructure.Database;

namespace ParcelWatch.Tests.Unit.Database;

/// <summary>A column map names, types and reads each column once; the statement's SQL and row values come from it.</summary>
public sealed class ColumnMapTests
{
    private sealed record Row(int Id, string? Name, DateOnly? On, decimal? Amount, IReadOnlyList<int> Ids);

    private static readonly ColumnMap<Row> Columns = new ColumnMap<Row>()
        .Number("Id", r => r.Id)
        .Text("Name", r => r.Name)
        .Date("On", r => r.On)
        .Numeric("Amount", r => r.Amount)
        .NumberList("Ids", r => r.Ids);

    [Fact]
    public void An_insert_names_the_map_columns_and_reads_json_each_on_sqlite()
    {
        var statement = new MultiRowStatement<Row>(Columns, """INSERT INTO "T" ({columns}) {rows}""");

        Assert.Equal(
            """INSERT INTO "T" ("Id", "Name", "On", "Amount", "Ids") SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4 FROM json_each(@rows)""",
            statement.Render(postgres: false));
    }

    [Fact]
    public void An_insert_casts_each_column_to_the_map_type_on_postgres()
    {
        var statement = new MultiRowStatement<Row>(Columns, """INSERT INTO "T" ({columns}) {rows}""");

        Assert.Equal(
            """INSERT INTO "T" ("Id", "Name", "On", "Amount", "Ids") SELECT (value ->> 0)::integer, (value ->> 1)::text, (value ->> 2)::date, """
            + """(value ->> 3)::numeric, ARRAY(SELECT jsonb_array_elements_text(value -> 4))::integer[] FROM jsonb_array_elements(@rows::jsonb)""",
            statement.Render(postgres: true));
    }

    [Fact]
    public void An_update_assigns_every_column_but_the_keys_from_the_row_source()
    {
        var statement = new MultiRowStatement<Row>(Columns, $$"""
            WITH "c" ({columns}) AS ({rows}) UPDATE "T" SET {{Columns.Assignments("c", "Id")}} FROM "c" WHERE "T"."Id" = "c"."Id"
            """);

        Assert.Equal(
            """WITH "c" ("Id", "Name", "On", "Amount", "Ids") AS (SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4 FROM json_each(@rows)) """
            + "UPDATE \"T\" SET \"Name\" = \"c\".\"Name\", \"On\" = \"c\".\"On\", \"Amount\" = \"c\".\"Amount\", \"Ids\" = \"c\".\"Ids\" FROM \"c\" WHERE \"T\".\"Id\" = \"c\".\"Id\"",
            statement.Render(postgres: false));
    }

    [Fact]
    public void A_row_gives_its_values_in_map_order()
    {
        var values = Columns.Values(new Row(7, null, new DateOnly(2017, 4, 3), 12.5m, [1, 2]));

        Assert.Equal([7, null, new DateOnly(2017, 4, 3), 12.5m], values[..4]);
        Assert.Equal([1, 2], Assert.IsAssignableFrom<IReadOnlyList<int>>(values[4]));
    }

    [Fact]
    public void A_column_mapped_twice_is_refused()
    {
        var map = new ColumnMap<Row>().Number("Id", r => r.Id);

        var error = Assert.Throws<ArgumentException>(() => map.Text("Id", r => r.Name));
        Assert.Contains("mapped twice", error.Message, StringComparison.Ordinal);
    }
}
