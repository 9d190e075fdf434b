using System.Collections.Frozen;
using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Features.Import.Domain;

/// <summary>
/// Outcome words as volunteers write them, in Russian and English ("Возврат", "Вернули", "Выпущена", "Вручено",
/// "Конфискована", "На таможне", "Ждёт", "Released", "Seized"…), looked up by <see cref="LookupKey"/>. A null kind is a
/// parcel still pending (no event).
/// </summary>
public static class OutcomeWords
{
    /// <summary>The name a volunteer maps a word to when the parcel is still pending.</summary>
    public const string Pending = "Pending";

    /// <summary>Words for a parcel without an outcome yet (declared before <see cref="Words"/>, which uses them).</summary>
    private static readonly string[] PendingWords =
        ["pending", "waiting", "intransit", "ждем", "ждет", "ждём", "ждёт", "жду", "ожидание", "ожидается", "впути", "неизвестно", "нет"];

    private static readonly FrozenDictionary<string, OutcomeEventKind?> Words = Build(new()
    {
        [OutcomeEventKind.Released] = ["released", "passed", "pass", "cleared", "выпущена", "выпущено", "выпущен", "выпуск", "выпустили",
            "прошла", "прошло", "прошел", "пропущена", "пропустили", "растаможена", "растаможено"],
        [OutcomeEventKind.Delivered] = ["delivered", "received", "вручена", "вручено", "вручен", "получена", "получено", "получил",
            "получила", "получили", "доставлена", "доставлено"],
        [OutcomeEventKind.Returned] = ["returned", "return", "returnedtosender", "sentback", "возврат", "возвращена", "возвращено",
            "возвращен", "вернули", "вернулась", "отказ", "возвратотправителю", "отправленаобратно"],
        [OutcomeEventKind.Seized] = ["seized", "confiscated", "изъята", "изъято", "изъят", "изъяли", "изъятие", "конфискована",
            "конфисковано", "конфискация", "конфисковали"],
        [OutcomeEventKind.Held] = ["held", "heldbycustoms", "atcustoms", "задержана", "задержано", "задержка", "задержали",
            "натаможне", "стоитнатаможне", "застряла", "зависла"],
    });

    /// <summary>A known word (null kind: still pending), an event kind's name, or <see cref="Pending"/>.</summary>
    public static bool TryRead(string text, out OutcomeEventKind? kind)
    {
        if (Words.TryGetValue(LookupKey.Of(text), out kind))
        {
            return true;
        }

        var trimmed = text.Trim();
        var isKind = Enum.TryParse(trimmed, ignoreCase: true, out OutcomeEventKind parsed) && Enum.IsDefined(parsed) && !trimmed.All(char.IsDigit);
        kind = isKind ? parsed : null;
        return isKind || trimmed.Equals(Pending, StringComparison.OrdinalIgnoreCase);
    }

    private static FrozenDictionary<string, OutcomeEventKind?> Build(Dictionary<OutcomeEventKind, string[]> words) =>
        words.SelectMany(w => w.Value.Select(word => (Word: LookupKey.Of(word), Kind: (OutcomeEventKind?)w.Key)))
            .Concat(PendingWords.Select(word => (Word: LookupKey.Of(word), Kind: (OutcomeEventKind?)null)))
            .DistinctBy(w => w.Word)
            .ToFrozenDictionary(w => w.Word, w => w.Kind);
}
