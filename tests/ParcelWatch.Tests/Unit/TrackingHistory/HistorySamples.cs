namespace ParcelWatch.Tests.Unit.TrackingHistory;

/// <summary>
/// Histories written the way buyers paste them: extra blank lines, trailing spaces, non-breaking spaces (written
/// here as ⍽), tabs (→), mixed case, postcodes and weights. The number RA123456785CN has a valid check digit.
/// </summary>
internal static class HistorySamples
{
    /// <summary>Russian Post site in Russian, blocks of operation / date / place, newest first: hold, release, delivery at Vnukovo.</summary>
    public static readonly string RussianBlocksNewestFirst = Paste("""
        Почтовый идентификатор: RA123456785CN


        Вручение адресату   
        16 мая 2017, 12:05
        101000, Москва
        Вес: 0.35 кг

        Прибыло в место вручения
        15 мая 2017, 08:10
        101000,⍽Москва


        Выпущено таможней  
        14 мая 2017, 19:40 (МСК)
        ММПО Внуково⍽102976
        Требуется досмотр
        13 мая 2017, 10:00
        ММПО ВНУКОВО
        Регистрация прохождения в ММПО
        12 мая 2017, 22:15
        Москва ММПО Внуково
        Импорт международной почты
        12 мая 2017, 21:00
        Москва
        Экспорт международной почты
        5 мая 2017, 03:00
        Пекин
        Приём
        2 мая 2017, 14:30
        Шэньчжэнь 518000
        """);

    /// <summary>The site in English, blocks, oldest first: held and returned at Koltsovo, with a line nobody knows.</summary>
    public static readonly string EnglishBlocksOldestFirst = Paste("""
        Tracking history RA123456785CN

        Acceptance
        April 3, 2017, 9:15 AM
        Shenzhen 518000

        Export of international mail
        April 5, 2017, 11:00 PM
        Beijing

        Import of international mail
        April 10, 2017, 7:40 PM
        Yekaterinburg-Koltsovo MMPO 620960

        Handed over to customs  
        April 10, 2017, 8:00 PM
        Yekaterinburg-Koltsovo MMPO

        Release suspended
        April 11, 2017, 10:00 AM
        YEKATERINBURG-KOLTSOVO MMPO

        Parcel scanned by a friendly robot
        April 12, 2017, 1:00 PM
        Somewhere

        release REFUSED
        April 24, 2017, 3:30 PM
        Yekaterinburg-Koltsovo MMPO
        Weight: 0.35 kg
        """);

    /// <summary>A tab-separated table in Russian, oldest first: seized at Orenburg.</summary>
    public static readonly string RussianTableSeized = Paste("""
        Дата→Операция→Место→Вес
        03.04.2017 10:00→Прием→Шэньчжэнь 518000→0,35 кг
        10.04.2017 19:40→Прием на таможню→ММПО Оренбург 460960→0,35 кг

        11.04.2017 09:00→Требуется досмотр→Оренбург⍽ММПО→
        20.04.2017 12:00→Невручение — Изъято→Оренбург ММПО→   
        """);

    /// <summary>One line per operation in English with ISO dates, newest first: a release after a hold at Sheremetyevo.</summary>
    public static readonly string EnglishLinesNewestFirst = Paste("""
        2017-05-20 DELIVERED TO THE RECIPIENT Moscow 125009
        2017-05-16  released by customs   Sheremetyevo MMPO

        2017-05-15 Customs release period extended, Sheremetyevo MMPO
        2017-05-14 Handed over to customs Sheremetyevo MMPO 141400
        2017-05-14 Arrived in Russia Moscow
        """);

    /// <summary>One line per operation in Russian: released, then returned by customs (a contradiction).</summary>
    public static readonly string RussianLinesReleasedThenReturned = Paste("""
        12 мая 2017, 22:15  Регистрация прохождения в ММПО  ММПО Внуково
        14 мая 2017, 19:40  Выпущено таможней  ММПО Внуково
        20 мая 2017, 09:00  Возвращено таможней  ММПО Внуково
        """);

    /// <summary>Date-first blocks in Russian: handed to customs, then returned (3.7) at Yekaterinburg.</summary>
    public static readonly string RussianDateFirstReturned = Paste("""
        10 апреля 2017 г., 19:40
        Передано таможне
        ММПО Екатеринбург
        24 апреля 2017, 15:30
        Возврат — Отказ в выпуске таможней
        Екатеринбург ММПО 620960
        """);

    /// <summary>A domestic parcel: no customs operation at all.</summary>
    public static readonly string RussianDomestic = Paste("""
        Приём
        1 июня 2017, 10:00
        Москва 101000
        Сортировка
        2 июня 2017, 02:00
        Москва СЦ
        Вручение адресату
        3 июня 2017, 15:00
        Санкт-Петербург 190000
        """);

    /// <summary>AliExpress/Cainiao lines, newest first, with seconds.</summary>
    public static readonly string AliExpressDelivered = Paste("""
        2017-05-20 14:02:11  [Moscow] Delivered
        2017-05-15 09:12:00  Import customs clearance complete
        2017-05-14 20:00:00  Import customs clearance started
        2017-05-10 08:00:00  Departed from country of origin
        2017-05-02 10:00:00  Accepted by carrier
        """);

    /// <summary>AliExpress/Cainiao lines, oldest first, ending with a return.</summary>
    public static readonly string AliExpressReturned = Paste("""
        2017-06-01 10:00 Import customs clearance started
        2017-06-09 10:00 Returned to sender
        """);

    /// <summary>
    /// The site's full table copied with its columns (operation type, date, place, attribute, weight), newest first:
    /// the attribute names the customs decision, the type only its family.
    /// </summary>
    public static readonly string RussianFullTable = Paste("""
        Операция→Дата→Место→Атрибут→Вес, кг
        Таможенное оформление→24.04.2017 15:30→620960 Екатеринбург-Кольцово ММПО→Возвращено таможней→0.35
        Таможенное оформление→11.04.2017 10:00→620960 Екатеринбург-Кольцово ММПО→Выпуск приостановлен→0.35
        Прием на таможню→10.04.2017 20:00→620960 Екатеринбург-Кольцово ММПО→→0.35
        Импорт международной почты→10.04.2017 19:40→Екатеринбург→→0.35
        Экспорт международной почты→05.04.2017 23:00→Пекин→→
        """);

    private static string Paste(string written) => written.Replace('⍽', '\u00A0').Replace('→', '\t').Replace("\n", "\r\n", StringComparison.Ordinal);
}
