using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Features.TrackingHistory.Domain;

/// <summary>
/// The operations a pasted tracking history is read with; <c>operations.md</c> beside this file is the same table for
/// people. A line names an operation when it holds one of its names as whole words; the longest name found wins
/// ("Возврат — отказ в выпуске таможней" over "Отказ в выпуске", "Вручение отправителю" over "Вручение").
/// </summary>
public static class TrackingOperations
{
    public static IReadOnlyList<TrackingOperation> All { get; } =
    [
        // Customs: arrival.
        new("29", OutcomeEventKind.ArrivedAtCustoms, ["Регистрация прохождения в ММПО", "Registration of passage in MMPO", "Passed registration in MMPO"]),
        new("11", OutcomeEventKind.ArrivedAtCustoms, ["Прием на таможню", "Передано таможне", "Передача на таможню", "Handed over to customs", "Received by customs", "Import customs clearance started"]),

        // Customs: held.
        new("14.7", OutcomeEventKind.Held, ["Требуется досмотр", "Inspection required", "Customs inspection required"]),
        new("14.8", OutcomeEventKind.Held, ["Выпуск приостановлен", "Release suspended", "Customs release suspended"]),
        new("24", OutcomeEventKind.Held, ["Продление срока выпуска таможней", "Продление срока выпуска", "Extension of customs release period", "Customs release period extended"]),
        new("7.4", OutcomeEventKind.Held, ["Ожидает экспертизы", "Awaiting examination", "Awaiting expert examination"]),

        // Customs: released.
        new("14.1", OutcomeEventKind.Released, ["Выпущено таможней", "Released by customs", "Import customs clearance complete", "Import customs clearance completed"]),
        new("14.13", OutcomeEventKind.Released, ["Выпуск разрешен", "Release allowed", "Release permitted"]),
        new("14.16", OutcomeEventKind.Released, ["Выпуск товаров без уплаты таможенных платежей", "Released without customs duties"]),

        // Customs: returned.
        new("14.2", OutcomeEventKind.Returned, ["Возвращено таможней", "Returned by customs"]),
        new("14.4", OutcomeEventKind.Returned, ["Отказ в выпуске", "Release refused", "Refusal of release"]),
        new("3.7", OutcomeEventKind.Returned, ["Возврат отказ в выпуске таможней", "Return customs refused release", "Return refusal of release by customs"]),
        new("cainiao", OutcomeEventKind.Returned, ["Returned to sender"]),

        // Customs: seized.
        new("5.2", OutcomeEventKind.Seized, ["Невручение изъято", "Изъято", "Изъятие", "Seized", "Confiscated", "Non-delivery seized"]),
        new("16", OutcomeEventKind.Seized, ["Уничтожение", "Уничтожено", "Destruction", "Destroyed"]),
        new("17", OutcomeEventKind.Seized, ["Передача вложения на баланс", "Transfer of contents to the balance", "Contents transferred to the state"]),

        // Delivery.
        new("2", OutcomeEventKind.Delivered, ["Вручение адресату", "Вручение", "Delivered to the recipient", "Delivered to recipient", "Delivery to the addressee", "Delivered"]),

        // Read, no event.
        new("2.2", null, ["Вручение отправителю", "Delivered to the sender", "Delivery to the sender"]),
        new("1", null, ["Прием", "Принято", "Единичный прием", "Partial acceptance", "Acceptance", "Accepted", "Accepted by carrier", "Posting"]),
        new("3", null, ["Возврат", "Return"]),
        new("8", null, [
            "Обработка", "Сортировка", "Прибыло в сортировочный центр", "Покинуло сортировочный центр", "Прибыло в место вручения",
            "Прибыло в место международного обмена", "Покинуло место международного обмена", "Прибыло на территорию России",
            "Прибыло в Россию", "Ожидает адресата в месте вручения", "Processing", "Sorting", "Arrived at the sorting center",
            "Left the sorting center", "Arrived at delivery point", "Arrived at the place of international exchange",
            "Left the place of international exchange", "Arrived in Russia", "Arrived at destination country",
            "Awaiting recipient at delivery point", "Departed from country of origin", "Left the country of origin"]),
        new("10", null, ["Экспорт международной почты", "Экспорт", "Export of international mail", "Export"]),
        new("9", null, ["Импорт международной почты", "Импорт", "Import of international mail", "Import"]),
        new("14", null, ["Таможенное оформление", "Осмотрено таможней", "Customs clearance", "Inspected by customs"]),
        new("12", null, ["Неудачная попытка вручения", "Unsuccessful delivery attempt", "Delivery attempt failed"]),
        new("25", null, ["Вскрытие", "Opening", "Opened"]),
    ];
}
