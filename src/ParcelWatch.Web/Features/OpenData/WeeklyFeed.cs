using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ParcelWatch.Data;
using ParcelWatch.Web.Features.Stats;
using ParcelWatch.Web.Features.Stats.Domain;

namespace ParcelWatch.Web.Features.OpenData;

/// <summary>Where a feed points: its own URL, the page it follows (both absolute) and its title.</summary>
public sealed record FeedScope(string? PointCode, string Title, Uri Self, Uri Page);

/// <summary>
/// An Atom feed (RFC 4287) of a point's, or all points', reports per week of shipping (as the trend chart counts them,
/// from the maintained aggregates): the decided reports of the week, the pass rate with its Wilson 95% interval, and the
/// change from the week before. An entry is updated when a report of its week last changed.
/// </summary>
public sealed class WeeklyFeed(StatsService stats, IDbContextFactory<ParcelWatchDbContext> dbFactory, StatsCache cache, IStringLocalizer<SharedResource> localizer)
{
    /// <summary>The newest weeks with reports that a feed lists.</summary>
    public const int Weeks = 26;

    public const string ContentType = "application/atom+xml; charset=utf-8";

    /// <summary>The feed's bytes and its Last-Modified; null for an unknown point.</summary>
    public async Task<(byte[] Body, DateTimeOffset Updated)?> RenderAsync(FeedScope scope, StatsFilter filter, CancellationToken cancellationToken)
    {
        if (await stats.TimelineAsync(scope.PointCode, TimelineBucket.Week, filter, cancellationToken) is not { } timeline)
        {
            return null;
        }

        var changes = await cache.GetOrComputeAsync($"feed-changes/{scope.PointCode}?{filter.ToQueryString()}",
            ct => new ValueTask<IReadOnlyDictionary<DateOnly, DateTime>>(LastChangesAsync(scope.PointCode, filter, ct)), cancellationToken);
        var entries = new List<SyndicationItem>();
        for (var i = timeline.Count - 1; i >= 0 && entries.Count < Weeks; i--)
        {
            var updated = changes.TryGetValue(timeline[i].PeriodStart, out var changed) ? changed : DateTime.UnixEpoch;
            entries.Add(Entry(scope, timeline[i], i > 0 ? timeline[i - 1] : null, new DateTimeOffset(updated, TimeSpan.Zero)));
        }

        var feedUpdated = entries.Count == 0 ? DateTimeOffset.UnixEpoch : entries.Max(e => e.LastUpdatedTime);
        var feed = new SyndicationFeed(localizer["ParcelWatch: {0}", scope.Title], localizer["Customs pass rates reported by buyers, week by week."], scope.Page, scope.Self.AbsoluteUri, feedUpdated, entries)
        {
            Language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
            Generator = "ParcelWatch",
        };
        feed.Authors.Add(new SyndicationPerson { Name = "ParcelWatch" });
        feed.Links.Add(SyndicationLink.CreateSelfLink(scope.Self, "application/atom+xml"));

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Async = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return (stream.ToArray(), feedUpdated);
    }

    private SyndicationItem Entry(FeedScope scope, TimelinePoint week, TimelinePoint? before, DateTimeOffset updated)
    {
        var decided = week.Passed + week.Returned + week.Seized;
        var rate = Wilson.Interval95(week.Passed, decided);
        var day = week.PeriodStart.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);
        var title = rate is null
            ? localizer["Week of {0}: no decided reports yet", day]
            : localizer["Week of {0}: {1} passed (n = {2})", day, StatsText.Percent((double)week.Passed / decided), decided];
        var text = new StringBuilder()
            .AppendLine(localizer["{0} decided reports of parcels shipped this week: {1} passed, {2} returned, {3} seized; {4} still pending.",
                decided, week.Passed, week.Returned, week.Seized, week.Pending]);
        if (rate is { } interval)
        {
            text.AppendLine(localizer["Pass rate {0} (95% interval {1}–{2}).", StatsText.Percent((double)week.Passed / decided), StatsText.Percent(interval.Low), StatsText.Percent(interval.High)]);
        }

        text.AppendLine(Change(week, before));
        var id = $"{scope.Page.AbsoluteUri}#week-{week.PeriodStart:yyyy-MM-dd}";
        return new SyndicationItem(title, text.ToString().TrimEnd(), scope.Page, id, updated);
    }

    private string Change(TimelinePoint week, TimelinePoint? before)
    {
        static double? RateOf(TimelinePoint? w) => w is { } p && p.Passed + p.Returned + p.Seized is > 0 and var d ? (double)p.Passed / d : null;
        return (RateOf(week), RateOf(before)) is ({ } now, { } then)
            ? localizer["Change from the week before: {0} percentage points.", Math.Round((now - then) * 100).ToString("+0;−0;0", CultureInfo.CurrentCulture)]
            : localizer["No decided reports the week before to compare with."];
    }

    /// <summary>When a visible report of each shipping week (Monday) last changed.</summary>
    private async Task<IReadOnlyDictionary<DateOnly, DateTime>> LastChangesAsync(string? code, StatsFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var reports = filter.Apply(db).Where(p => p.ShippedOn != null);
        if (code is not null)
        {
            reports = reports.Where(p => p.CustomsPoint!.Code == code);
        }

        var byDay = await reports.GroupBy(p => p.ShippedOn!.Value)
            .Select(g => new { Day = g.Key, Changed = g.Max(p => p.UpdatedAt) })
            .ToListAsync(cancellationToken);
        return byDay.GroupBy(d => StatsService.PeriodStart(d.Day, TimelineBucket.Week))
            .ToDictionary(g => g.Key, g => DateTime.SpecifyKind(g.Max(d => d.Changed), DateTimeKind.Utc));
    }
}
