using System.Globalization;
using System.Text;

namespace ParcelWatch.Tests.Support;

/// <summary>
/// A volunteer's sheet as they keep it in Excel: Russian headers, no category column, brand and model in one cell,
/// customs points and outcomes in their own words, values with currency signs, a comments column and two blank
/// trailing columns. 40 rows: 4 have a broken shipping date and 2 a misspelled point («Внукого»); the other 34 are
/// good as they stand. As Windows-1251 CSV with semicolons (what Russian Excel saves) or as an .xlsx workbook.
/// </summary>
public static class VolunteerSheets
{
    public const int Rows = 40;
    public const int GoodRows = 36;
    public const int MisspelledPointRows = 2;
    public const int BrokenDateRows = 4;
    public const string Misspelling = "Внукого";

    /// <summary>Line numbers (the header is line 1) of the rows with a broken date.</summary>
    public static readonly int[] BrokenDateLines = [7, 19, 31, 37];

    private static readonly string[] Header =
        ["№", "Трек-номер", "Магазин", "Товар", "Описание в декларации", "Стоимость", "Отправлена", "Таможня", "Прибыла на таможню", "Результат", "Дата решения", "Комментарий", "", ""];

    private static readonly string[] Points =
        ["Внуково", "ММПО Шереметьево", "Екатеринбург (Кольцово)", "Оренбург", "Кольцово", "Sheremetyevo", "Москва (Внуково)", "Толмачёво", "шереметьево ", "ОРЕНБУРГ"];

    private static readonly string[] Products =
        ["Xiaomi Redmi 4X", "Xiaomi Mi 6", "Meizu M5 Note", "Xiaomi Redmi Note 4", "Xiaomi Mi Pad 3", "Redmi 4A", "Xiaomi Mi Band 2", "сяоми Mi 6"];

    private static readonly string[] Declarations = ["Мобильный телефон", "cell phone", "Smartphone", "gift", "телефон сотовый"];
    private static readonly string[] Values = ["$230", "230 USD", "15 000 руб.", "1 234,50", "150", "$99.90"];
    private static readonly string[] Shops = ["AliExpress", "Алиэкспресс", "GearBest", "али"];

    /// <summary>Outcome words, and whether the sheet gives a decision date with them.</summary>
    private static readonly (string Word, bool Dated)[] Outcomes =
    [
        ("Возврат", true), ("Вернули", true), ("Возвращена", true), ("Выпущено", true), ("Выпущена", true), ("Получил", true), ("Вручено", true),
        ("Изъято", true), ("Конфискована", true), ("Задержана", true), ("На таможне", false), ("Ждёт", false), ("", false),
    ];

    private static readonly Dictionary<int, string> BrokenDates = new() { [5] = "31.02.2017", [17] = "15.13.2017", [29] = "вчера", [35] = "32.03.2017" };

    /// <summary>The sheet's cells: text, or a date (a date cell in a workbook, dd.MM.yyyy in a CSV).</summary>
    public static List<object[]> Cells(int firstSerial)
    {
        var rows = new List<object[]> { Header };
        for (var i = 0; i < Rows; i++)
        {
            var shipped = new DateOnly(2017, 3, 1).AddDays(i);
            var arrived = i % 6 == 4 ? (DateOnly?)null : shipped.AddDays(20);
            var (outcome, dated) = Outcomes[i % Outcomes.Length];
            rows.Add(
            [
                (i + 1).ToString(CultureInfo.InvariantCulture),
                ImportApi.TrackingNumber(firstSerial + i),
                Shops[i % Shops.Length],
                Products[i % Products.Length],
                Declarations[i % Declarations.Length],
                Values[i % Values.Length],
                BrokenDates.TryGetValue(i, out var broken) ? broken : shipped,
                i is 11 or 23 ? Misspelling : Points[i % Points.Length],
                arrived is { } a ? a : "",
                outcome,
                dated ? (arrived ?? shipped.AddDays(20)).AddDays(5) : "",
                i % 7 == 0 ? "звонил в поддержку, ждём" : "",
                "",
                "",
            ]);
        }

        return rows;
    }

    /// <summary>The sheet as Russian Excel saves "CSV (разделители — точки с запятой)": Windows-1251, CRLF.</summary>
    public static byte[] Csv1251(int firstSerial)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = new StringBuilder();
        foreach (var row in Cells(firstSerial))
        {
            text.AppendJoin(';', row.Select(cell => cell is DateOnly date ? date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) : (string)cell)).Append("\r\n");
        }

        return Encoding.GetEncoding(1251).GetBytes(text.ToString());
    }

    /// <summary>The sheet as a workbook: dates as date cells, except a few typed as text the Russian way or as a bare serial number.</summary>
    public static byte[] Xlsx(int firstSerial) =>
        XlsxFiles.Write(Cells(firstSerial).Select((row, r) => row.Select(cell => cell switch
        {
            DateOnly date when r % 5 == 1 => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
            DateOnly date when r % 5 == 2 => date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture),
            var other => other,
        }).ToArray()).ToArray());
}
