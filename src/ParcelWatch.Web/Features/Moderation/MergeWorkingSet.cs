using Microsoft.EntityFrameworkCore;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Features.Moderation;

/// <summary>
/// The reports a batch of merges reads, with their events, detached from EF Core (nothing is tracked), and what each
/// was when read (its version, the owner of each event), so that <see cref="MergeWriter"/> writes back only what the
/// merges changed: the reports whose version moved on, the events that now sit on another report.
/// </summary>
internal sealed class MergeWorkingSet
{
    private readonly Dictionary<int, ParcelReport> _reports = [];
    private readonly Dictionary<int, int> _readVersions = [];
    private readonly Dictionary<int, int> _readEventOwners = [];

    /// <summary>Reads every named report with its events, in one query whatever their number.</summary>
    public static async Task<MergeWorkingSet> LoadAsync(ParcelWatchDbContext db, IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var distinct = ids.Distinct().ToList();
        var set = new MergeWorkingSet();
        set.Add(await Reports(db).Where(p => EF.Parameter(distinct).Contains(p.Id)).ToListAsync(cancellationToken)); // one JSON parameter: binding hundreds by name is slow
        return set;
    }

    /// <summary>A report of the set, read now if it was not named at the start (a parent in a duplicate chain).</summary>
    public async Task<ParcelReport?> FindAsync(ParcelWatchDbContext db, int id, CancellationToken cancellationToken)
    {
        if (!_reports.ContainsKey(id))
        {
            Add(await Reports(db).Where(p => p.Id == id).ToListAsync(cancellationToken));
        }

        return _reports.GetValueOrDefault(id);
    }

    /// <summary>The reports changed since they were read (every change increments the version), with the version read.</summary>
    public IEnumerable<(ParcelReport Report, int ReadVersion)> Changed =>
        _reports.Values.Where(r => r.Version != _readVersions[r.Id]).Select(r => (r, _readVersions[r.Id]));

    /// <summary>The events now on another report than when read: where they were, where they are.</summary>
    public IEnumerable<(int EventId, int From, int To)> MovedEvents =>
        _reports.Values.SelectMany(r => r.Events
            .Where(e => _readEventOwners[e.Id] != r.Id)
            .Select(e => (e.Id, _readEventOwners[e.Id], r.Id)));

    private static IQueryable<ParcelReport> Reports(ParcelWatchDbContext db) =>
        db.ParcelReports.AsNoTracking().Include(p => p.Events);

    private void Add(List<ParcelReport> reports)
    {
        foreach (var report in reports)
        {
            _reports[report.Id] = report;
            _readVersions[report.Id] = report.Version;
            foreach (var outcomeEvent in report.Events)
            {
                _readEventOwners[outcomeEvent.Id] = report.Id;
            }
        }
    }
}
