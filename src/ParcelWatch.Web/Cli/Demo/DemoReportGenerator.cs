using System.Globalization;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Demo;
using ParcelWatch.Web.Features.Parcels.Domain;

namespace ParcelWatch.Web.Cli.Demo;

/// <summary>
/// Generates the SYNTHETIC demo reports of <see cref="DemoScenario"/> from a seeded <see cref="Random"/>: the same
/// seed and count give the same reports, in the same order. Pure: no database, no clock.
/// Outcome, days held and decision date come from <see cref="OutcomeRules.Derive"/>, and the events are in an order
/// <see cref="OutcomeRules.Check"/> accepts, so the stored data obeys the app's rules.
/// </summary>
public sealed class DemoReportGenerator
{
    // Multipliers coprime with 10^8, 10^12 and 10^14: index → number is a bijection, so numbers never repeat in a run.
    private const long SerialModulus = 100_000_000;
    private const long OrderNumberModulus = 1_000_000_000_000;
    private const long ShopNumberModulus = 100_000_000_000_000;
    private const long Scramble = 7_919_993;

    /// <summary>Order numbers of repeats that have their own come from indexes above every parcel's.</summary>
    private const long RepeatOrderIndexBase = 100_000_000_000;

    private readonly Random _random;
    private readonly WeightedChoice<DemoCarrier> _carriers = new(DemoScenario.Carriers.Select(c => (c, c.Share)));
    private readonly Dictionary<string, double[]> _weeklyOffsets = [];
    private readonly long _serialOffset;
    private readonly long _orderNumberOffset;
    private readonly long _shopNumberOffset;

    private DemoReportGenerator(int seed)
    {
        _random = new Random(seed);
        _serialOffset = _random.NextInt64(SerialModulus);
        _orderNumberOffset = _random.NextInt64(OrderNumberModulus);
        _shopNumberOffset = _random.NextInt64(ShopNumberModulus);
        foreach (var point in DemoScenario.Points)
        {
            _weeklyOffsets[point.Code] = Enumerable.Range(0, DemoScenario.WeekCount).Select(_ => 2 * _random.NextDouble() - 1).ToArray();
        }
    }

    /// <summary>The first <paramref name="count"/> reports for <paramref name="seed"/>; each enumeration starts afresh.</summary>
    public static IEnumerable<DemoReport> Generate(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Iterate(count, seed);
    }

    private static IEnumerable<DemoReport> Iterate(int count, int seed)
    {
        var generator = new DemoReportGenerator(seed);
        var emitted = 0;
        for (var parcel = 0; emitted < count; parcel++)
        {
            var report = generator.Next(parcel);
            yield return report;
            emitted++;
            var repeats = generator.RepeatCount();
            for (var copy = 1; copy <= repeats && emitted < count; copy++)
            {
                yield return generator.Repeat(report, parcel, copy);
                emitted++;
            }
        }
    }

    /// <summary>How many more times this parcel is reported: once more for 4% of parcels, twice more for 0.5%.</summary>
    private int RepeatCount()
    {
        var draw = _random.NextDouble();
        return draw < DemoScenario.ReportedThriceShare ? 2 : draw < DemoScenario.ReportedThriceShare + DemoScenario.ReportedTwiceShare ? 1 : 0;
    }

    /// <summary>
    /// The same parcel reported again by someone else, who logged all its events or only the first: with the same tracking number
    /// (a second device), or with the same shop order and a mistyped tracking number, or with the same goods, a
    /// differently typed declaration, a mistyped number and no order number of the buyer's (a forum post copied by hand).
    /// </summary>
    private DemoReport Repeat(DemoReport original, int parcel, int copy)
    {
        var events = _random.NextDouble() < 0.5 ? original.Events : original.Events.Take(1 + _random.Next(original.Events.Count)).ToList();
        var summary = OutcomeRules.Derive(events.Select(e => new OutcomeEventFact(e.Kind, e.OccurredOn)).ToList());
        var repeat = original with
        {
            ReporterIndex = (original.ReporterIndex + copy) % DemoData.UserCount,
            Outcome = summary.Outcome,
            DaysHeld = summary.DaysHeld,
            DecidedOn = summary.DecidedOn,
            UpdatedAt = events[^1].CreatedAt,
            Version = 1 + events.Count,
            Events = events,
            IsRepeat = true,
        };
        return _random.Next(3) switch
        {
            0 => repeat,
            1 => repeat with { TrackingNumber = Mistyped(original.TrackingNumber) },
            _ => repeat with
            {
                TrackingNumber = Mistyped(original.TrackingNumber),
                OrderNumber = OrderNumber(RepeatOrderIndexBase + (3L * parcel) + copy),
                DeclarationText = original.DeclarationText.ToUpperInvariant() + ".",
            },
        };
    }

    /// <summary>One digit of the serial changed (the check digit recomputed, so the number is still well formed).</summary>
    private string Mistyped(string trackingNumber)
    {
        if (!S10.IsS10Format(trackingNumber))
        {
            var position = 2 + _random.Next(trackingNumber.Length - 2);
            return string.Concat(trackingNumber.AsSpan(0, position), ((trackingNumber[position] - '0' + 1) % 10).ToString(CultureInfo.InvariantCulture), trackingNumber.AsSpan(position + 1));
        }

        var serial = trackingNumber.ToCharArray(2, 8);
        var digit = _random.Next(8);
        serial[digit] = (char)('0' + ((serial[digit] - '0' + 1 + _random.Next(9)) % 10));
        var text = new string(serial);
        return string.Concat(trackingNumber.AsSpan(0, 2), text, S10.ComputeCheckDigit(text).ToString(CultureInfo.InvariantCulture), trackingNumber.AsSpan(11));
    }

    private DemoReport Next(int index)
    {
        var carrier = _carriers.Pick(_random);
        var point = DemoRoutes.PickPoint(carrier.Route, _random);
        var arrival = PickArrival();
        var serviceKind = DemoScenario.ServiceKind.Pick(_random);
        var shippedOn = arrival.AddDays(-(serviceKind == 'E' ? _random.Next(4, 11) : _random.Next(7, 29)));
        var product = DemoProductCatalog.Products.Pick(_random);
        if (product == DemoProductCatalog.Mi6 && shippedOn < DemoProductCatalog.Mi6ShippedFrom)
        {
            product = DemoProductCatalog.Mi5s;
        }

        var shop = PickShop(carrier, product, shippedOn);
        var wording = (product.Category == ProductCategory.Phone ? DemoScenario.PhoneWording : DemoScenario.OtherGoodsWording).Pick(_random);
        var texts = DemoScenario.WordingOf(wording).Texts;
        var declarationText = wording == DemoWordingStyle.MatchesContents ? product.ContentsWording : texts[_random.Next(texts.Count)];
        var declaredValue = DeclaredValue(product);
        var (trackingNumber, carrierCode) = TrackingNumber(index, carrier, serviceKind);
        var orderNumber = OrderNumber(index);
        var reporterIndex = _random.Next(DemoData.UserCount);

        var events = Events(point, arrival, product, ReturnRate(point, arrival, product, wording));
        var summary = OutcomeRules.Derive(events.Select(e => new OutcomeEventFact(e.Kind, e.OccurredOn)).ToList());
        return new DemoReport(reporterIndex, shop, orderNumber, trackingNumber, carrierCode, point.Code, product.Brand,
            product.Model, product.Category, declarationText, wording, declaredValue, "USD", shippedOn, summary.Outcome,
            summary.DaysHeld, summary.DecidedOn, events[0].CreatedAt, events[^1].CreatedAt, 1 + events.Count, events);
    }

    /// <summary>Distinct for distinct indexes below the modulus (parcels count from 0, repeats from <see cref="RepeatOrderIndexBase"/>).</summary>
    private string OrderNumber(long index) =>
        DemoData.OrderNumberPrefix + ((index * Scramble + _orderNumberOffset) % OrderNumberModulus).ToString("D12", CultureInfo.InvariantCulture);

    private DateOnly PickArrival()
    {
        var month = DemoScenario.ArrivalMonth.Pick(_random);
        return new DateOnly(2017, month, 1 + _random.Next(DateTime.DaysInMonth(2017, month)));
    }

    private Shop PickShop(DemoCarrier carrier, DemoProduct product, DateOnly shippedOn)
    {
        var shops = carrier.Route == DemoRoute.EuropeMoscow ? DemoScenario.ShopOnEuropeMoscowRoute : DemoScenario.ShopOnOtherRoutes;
        var shop = shops.Pick(_random);
        // GearBest stopped selling Xiaomi items above $50 to Russia on 05-05; such later orders went to AliExpress.
        var stopped = shop == Shop.GearBest && product.IsXiaomi && product.PriceUsd > 50 && shippedOn > DemoScenario.GearBestXiaomiStop;
        return stopped ? Shop.AliExpress : shop;
    }

    private decimal DeclaredValue(DemoProduct product)
    {
        if (product.Category == ProductCategory.Phone && _random.NextDouble() < DemoScenario.PhonesDeclaredLowShare)
        {
            return _random.Next(10, 51);
        }

        var share = product.Category == ProductCategory.Phone ? 0.85 + 0.15 * _random.NextDouble() : 0.6 + 0.4 * _random.NextDouble();
        return Math.Max(1, Math.Round((decimal)(product.PriceUsd * share)));
    }

    /// <summary>A valid S10 number of the carrier, or (1%) a shop's own number, which names no carrier.</summary>
    private (string Number, string? CarrierCode) TrackingNumber(int index, DemoCarrier carrier, char serviceKind)
    {
        if (_random.NextDouble() < DemoScenario.NonS10Share)
        {
            var shopNumber = (index * Scramble + _shopNumberOffset) % ShopNumberModulus;
            return ("LP" + shopNumber.ToString("D14", CultureInfo.InvariantCulture), null);
        }

        // Second letters A–W only: RZ, LZ and EX–EZ need bilateral agreements.
        var serviceIndicator = string.Concat(serviceKind, (char)('A' + _random.Next(23)));
        var serial = ((index * Scramble + _serialOffset) % SerialModulus).ToString("D8", CultureInfo.InvariantCulture);
        var checkDigit = S10.ComputeCheckDigit(serial).ToString(CultureInfo.InvariantCulture);
        return (string.Concat(serviceIndicator, serial, checkDigit, carrier.Code), carrier.Code);
    }

    private double ReturnRate(DemoPoint point, DateOnly arrival, DemoProduct product, DemoWordingStyle wording)
    {
        if (product.IsXiaomiPhone)
        {
            var column = DemoScenario.RateColumnOf(arrival);
            var spread = point.WeeklySpreads[column];
            var rate = point.XiaomiPhoneReturnRates[column]
                + (spread == 0 ? 0 : spread * _weeklyOffsets[point.Code][DemoScenario.WeekOf(arrival)]);
            return Math.Clamp(rate * DemoScenario.WordingOf(wording).ReturnRateWeight, 0, 1);
        }

        if (product.IsXiaomi)
        {
            return DemoScenario.XiaomiNonPhoneReturnRate;
        }

        var restricted = product.Brand is { } brand && DemoScenario.RestrictedBrands.Contains(brand)
            && DemoScenario.RestrictedBrandPoints.Contains(point.Code)
            && DemoScenario.PhaseOf(arrival) is DemoPhase.Peak or DemoPhase.PartialRelease;
        return restricted ? DemoScenario.RestrictedBrandReturnRate : DemoScenario.BaselineReturnRate;
    }

    /// <summary>ArrivedAtCustoms, maybe Held, then (unless pending) the decision and, after most releases, Delivered.</summary>
    private List<DemoEvent> Events(DemoPoint point, DateOnly arrival, DemoProduct product, double returnRate)
    {
        var loggedAt = arrival.ToDateTime(new TimeOnly(_random.Next(6, 23), _random.Next(60)), DateTimeKind.Utc);
        var events = new List<DemoEvent>(4) { new(OutcomeEventKind.ArrivedAtCustoms, arrival, null, loggedAt) };
        if (_random.NextDouble() < DemoScenario.PendingShareFor(point, arrival, product))
        {
            if (_random.NextDouble() < 0.5)
            {
                Add(events, OutcomeEventKind.Held, arrival.AddDays(_random.Next(1, 4)), null);
            }

            return events;
        }

        var outcome = _random.NextDouble() < DemoScenario.SeizedShare ? Outcome.Seized
            : _random.NextDouble() < returnRate ? Outcome.Returned
            : Outcome.Passed;
        var days = DemoScenario.HoldTimeFor(point, arrival, outcome, product).SampleDays(_random);
        var decidedOn = arrival.AddDays(days);
        if (outcome != Outcome.Passed || days >= 2)
        {
            Add(events, OutcomeEventKind.Held, arrival.AddDays(Math.Min(1, days)), null);
        }

        var opened = outcome == Outcome.Passed
            ? _random.NextDouble() < DemoScenario.OpenedShareOfReleased
            : product.Category == ProductCategory.Phone;
        var decision = outcome switch
        {
            Outcome.Passed => OutcomeEventKind.Released,
            Outcome.Returned => OutcomeEventKind.Returned,
            _ => OutcomeEventKind.Seized,
        };
        Add(events, decision, decidedOn, opened ? DemoScenario.OpenedByCustomsNote : null);
        if (outcome == Outcome.Passed && _random.NextDouble() < DemoScenario.DeliveredShareOfReleased)
        {
            Add(events, OutcomeEventKind.Delivered, decidedOn.AddDays(_random.Next(2, 11)), null);
        }

        return events;
    }

    /// <summary>The buyer records an event on its day (or later), never before the previous record.</summary>
    private void Add(List<DemoEvent> events, OutcomeEventKind kind, DateOnly occurredOn, string? note)
    {
        var recordedAt = occurredOn.ToDateTime(new TimeOnly(_random.Next(8, 24), _random.Next(60)), DateTimeKind.Utc);
        var previous = events[^1].CreatedAt;
        events.Add(new DemoEvent(kind, occurredOn, note, recordedAt < previous ? previous.AddMinutes(5) : recordedAt));
    }
}
