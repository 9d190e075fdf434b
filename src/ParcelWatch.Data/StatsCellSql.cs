using ParcelWatch.Data.Entities;

namespace ParcelWatch.Data;

/// <summary>
/// The one definition of how a visible report counts in <c>StatsCells</c>: once per <see cref="StatsGrain"/>, with
/// the columns its grain keeps and the "any" value ('' / -1 / 0001-01-01) in the others. The same expressions make
/// the database triggers (the only write path: every writer, EF Core or bulk SQL, changes <c>ParcelReports</c>), the
/// recount that <c>stats verify</c> compares with, and <c>stats rebuild</c>. Written in SQL both providers run.
/// </summary>
public static class StatsCellSql
{
    public const string NoDate = "0001-01-01";

    /// <summary>
    /// The first real shipping date: compare with it, not with <see cref="DateOnly.MinValue"/>, which Npgsql sends as
    /// -infinity (so "after MinValue" would include the <see cref="NoDate"/> cells on PostgreSQL).
    /// </summary>
    public static readonly DateOnly FirstDate = DateOnly.MinValue.AddDays(1);

    /// <summary>The key columns, in the primary key's order.</summary>
    public static readonly IReadOnlyList<string> KeyColumns =
        ["Grain", "BrandKey", "CustomsPointId", "Outcome", "DaysHeld", "ShippedOn", "Category", "CarrierCode", "Shop", "Wording", "WordingClass", "ValueBand", "Brand"];

    /// <summary>The report columns a cell's key is made of: an UPDATE that sets none of them moves no statistic.</summary>
    public static readonly IReadOnlyList<string> SourceColumns =
        ["ModerationState", "BrandKey", "CustomsPointId", "Outcome", "DaysHeld", "ShippedOn", "Category", "CarrierCode", "Shop", "DeclarationWording", "WordingClass", "DeclaredValue", "Currency", "Brand"];

    private static readonly string Grains = string.Join(", ", Enum.GetValues<StatsGrain>().Select(g => $"({(int)g})"));

    private static string KeyList => string.Join(", ", KeyColumns.Select(c => $"\"{c}\""));

    /// <summary>The key of the cell of the report <paramref name="r"/> in the grain <c>g.column1</c>.</summary>
    public static string KeyExpressions(string r)
    {
        string Kept(string column, string value, string any, params StatsGrain[] grains) =>
            $"CASE WHEN g.column1 IN ({string.Join(", ", grains.Select(x => (int)x))}) THEN {value} ELSE {any} END AS \"{column}\"";
        const StatsGrain full = StatsGrain.Full;
        return string.Join(",\n    ",
            "g.column1 AS \"Grain\"",
            Kept("BrandKey", $"COALESCE({r}.\"BrandKey\", '')", "''", full, StatsGrain.BrandPoints),
            Kept("CustomsPointId", $"{r}.\"CustomsPointId\"", "-1", full, StatsGrain.Points, StatsGrain.Timeline, StatsGrain.Declarations, StatsGrain.BrandPoints),
            Kept("Outcome", $"{r}.\"Outcome\"", "-1", full, StatsGrain.Points, StatsGrain.Timeline, StatsGrain.Declarations, StatsGrain.BrandPoints),
            Kept("DaysHeld", $"COALESCE({r}.\"DaysHeld\", -1)", "-1", full, StatsGrain.Points, StatsGrain.BrandPoints),
            Kept("ShippedOn", $"COALESCE({r}.\"ShippedOn\", '{NoDate}')", $"'{NoDate}'", full, StatsGrain.Timeline),
            Kept("Category", $"{r}.\"Category\"", "-1", full),
            Kept("CarrierCode", $"COALESCE({r}.\"CarrierCode\", '')", "''", full),
            Kept("Shop", $"{r}.\"Shop\"", "-1", full),
            Kept("Wording", $"COALESCE({r}.\"DeclarationWording\", '')", "''", full, StatsGrain.Declarations),
            Kept("WordingClass", $"COALESCE({r}.\"WordingClass\", -1)", "-1", full, StatsGrain.Declarations),
            Kept("ValueBand", ValueBands.SqlExpression(r), "-1", full),
            Kept("Brand", $"COALESCE({r}.\"Brand\", '')", "''", StatsGrain.Brands));
    }

    /// <summary>Every cell counted from the visible reports (nonzero counts only), sorted by key.</summary>
    public static string Recount => $"""
        SELECT {KeyList}, COUNT(*) AS "Count" FROM (SELECT
            {KeyExpressions("r")}
            FROM "ParcelReports" AS r CROSS JOIN (VALUES {Grains}) AS g
            WHERE r."ModerationState" = 0) AS cells
        GROUP BY {KeyList}
        """;

    /// <summary>
    /// The keys where the maintained count (a count of 0 is the same as no row) differs from the recount: key columns,
    /// then "Maintained" and "Recounted". Compared by the database, so memory stays flat whatever the number of cells.
    /// </summary>
    public static string Differences => $"""
        SELECT {KeyList}, SUM("Maintained") AS "Maintained", SUM("Recounted") AS "Recounted" FROM (
            SELECT {KeyList}, "Count" AS "Maintained", 0 AS "Recounted" FROM "StatsCells" WHERE "Count" <> 0
            UNION ALL
            SELECT {KeyList}, 0, "Count" FROM ({Recount}) AS recounted) AS both_sides
        GROUP BY {KeyList}
        HAVING SUM("Maintained") <> SUM("Recounted")
        ORDER BY {KeyList}
        """;

    /// <summary>Replaces every cell with the recount (in the caller's transaction).</summary>
    public static string Rebuild => $"""
        DELETE FROM "StatsCells";
        INSERT INTO "StatsCells" ({KeyList}, "Count") {Recount};
        """;

    private static string Upsert(string select) => $"""
        INSERT INTO "StatsCells" ({KeyList}, "Count")
        {select}
        ON CONFLICT ({KeyList}) DO UPDATE SET "Count" = "StatsCells"."Count" + excluded."Count";
        """;

    /// <summary>SQLite: row triggers adding the new row's cells and subtracting the old row's, when visible.</summary>
    public static string SqliteTriggers
    {
        get
        {
            string Add(string row, int delta) => Upsert($"SELECT {KeyExpressions(row)}, {delta} FROM (VALUES {Grains}) AS g WHERE true");
            var columns = string.Join(", ", SourceColumns.Select(c => $"\"{c}\""));
            return $"""
                CREATE TRIGGER "ParcelReports_StatsInsert" AFTER INSERT ON "ParcelReports" WHEN NEW."ModerationState" = 0
                BEGIN {Add("NEW", 1)} END;
                CREATE TRIGGER "ParcelReports_StatsDelete" AFTER DELETE ON "ParcelReports" WHEN OLD."ModerationState" = 0
                BEGIN {Add("OLD", -1)} END;
                CREATE TRIGGER "ParcelReports_StatsUpdateOld" AFTER UPDATE OF {columns} ON "ParcelReports" WHEN OLD."ModerationState" = 0
                BEGIN {Add("OLD", -1)} END;
                CREATE TRIGGER "ParcelReports_StatsUpdateNew" AFTER UPDATE OF {columns} ON "ParcelReports" WHEN NEW."ModerationState" = 0
                BEGIN {Add("NEW", 1)} END;
                """;
        }
    }

    public const string DropSqliteTriggers = """
        DROP TRIGGER IF EXISTS "ParcelReports_StatsInsert";
        DROP TRIGGER IF EXISTS "ParcelReports_StatsDelete";
        DROP TRIGGER IF EXISTS "ParcelReports_StatsUpdateOld";
        DROP TRIGGER IF EXISTS "ParcelReports_StatsUpdateNew";
        """;

    /// <summary>
    /// PostgreSQL: statement triggers over the transition tables, so that a multi-row statement (an import batch, a
    /// merge batch, a COPY) adds its changes as one grouped upsert, in key order (no deadlock between writers).
    /// </summary>
    public static string PostgresTriggers => $$"""
        CREATE FUNCTION stats_cells_apply() RETURNS trigger LANGUAGE plpgsql AS $function$
        DECLARE source text := CASE TG_OP
            WHEN 'INSERT' THEN $s$SELECT *, 1 AS "Delta" FROM new_rows WHERE "ModerationState" = 0$s$
            WHEN 'DELETE' THEN $s$SELECT *, -1 AS "Delta" FROM old_rows WHERE "ModerationState" = 0$s$
            ELSE $s$SELECT *, 1 AS "Delta" FROM new_rows WHERE "ModerationState" = 0
                UNION ALL SELECT *, -1 AS "Delta" FROM old_rows WHERE "ModerationState" = 0$s$ END;
        BEGIN
            EXECUTE format($q${{Upsert($"""
                SELECT {KeyList}, SUM("Delta") FROM (SELECT
                    {KeyExpressions("r")}, r."Delta"
                    FROM (%s) AS r CROSS JOIN (VALUES {Grains}) AS g) AS cells
                GROUP BY {KeyList} HAVING SUM("Delta") <> 0 ORDER BY {KeyList}
                """).TrimEnd().TrimEnd(';')}}$q$, source);
            RETURN NULL;
        END $function$;
        CREATE TRIGGER "ParcelReports_StatsInsert" AFTER INSERT ON "ParcelReports"
            REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_cells_apply();
        CREATE TRIGGER "ParcelReports_StatsUpdate" AFTER UPDATE ON "ParcelReports"
            REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_cells_apply();
        CREATE TRIGGER "ParcelReports_StatsDelete" AFTER DELETE ON "ParcelReports"
            REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_cells_apply();
        """;

    public const string DropPostgresTriggers = """
        DROP TRIGGER IF EXISTS "ParcelReports_StatsInsert" ON "ParcelReports";
        DROP TRIGGER IF EXISTS "ParcelReports_StatsUpdate" ON "ParcelReports";
        DROP TRIGGER IF EXISTS "ParcelReports_StatsDelete" ON "ParcelReports";
        DROP FUNCTION IF EXISTS stats_cells_apply();
        """;
}
