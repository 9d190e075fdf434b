using Microsoft.AspNetCore.Components;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.CustomsPoints;
using ParcelWatch.Web.Features.Import.Domain;
using ParcelWatch.Web.Features.Shared;

namespace ParcelWatch.Web.Features.Import;

/// <summary>The Import page's check step: the dry run again after each change of a column or a value, then the start.</summary>
public sealed partial class ImportCheck : IDisposable
{
    private static readonly OutcomeEventKind[] Outcomes =
        [OutcomeEventKind.Released, OutcomeEventKind.Delivered, OutcomeEventKind.Returned, OutcomeEventKind.Seized, OutcomeEventKind.Held];

    private readonly CancellationTokenSource _closing = new();
    private Dictionary<string, int> _columns = [];
    private readonly Dictionary<string, Dictionary<string, string>> _values = [];
    private IReadOnlyList<CustomsPointOption> _points = [];
    private ImportDryRunResponse? _dryRun;
    private List<string> _errors = [];
    private bool _checking;
    private bool _starting;

    [Parameter, EditorRequired]
    public ImportPreview Preview { get; set; } = default!;

    [Parameter, EditorRequired]
    public ParcelReader Reader { get; set; } = default!;

    /// <summary>The job has been queued.</summary>
    [Parameter]
    public EventCallback<Guid> Started { get; set; }

    private string SeparatorName => Preview.Delimiter == "\t" ? L["tab"] : Preview.Delimiter;

    protected override async Task OnInitializedAsync()
    {
        _columns = Preview.Columns.ToDictionary();
        _points = await CustomsPoints.ListAsync(_closing.Token);
        await CheckAsync();
    }

    private async Task CheckAsync()
    {
        _checking = true;
        StateHasChanged();
        var result = await Jobs.DryRunAsync(Preview.JobId, Reader, _columns, _values, _closing.Token);
        _checking = false;
        _errors = result.Errors?.ToDictionary().SelectMany(e => e.Value).ToList() ?? (result.Failure is null ? [] : [L["The import has already started."]]);
        _dryRun = result.Value ?? _dryRun;
    }

    private int ColumnOf(ImportField field) => _columns.GetValueOrDefault(ImportDryRun.FieldKey(field), -1);

    private async Task ChooseAsync(ImportField field, int column)
    {
        if (column < 0)
        {
            _columns.Remove(ImportDryRun.FieldKey(field));
        }
        else
        {
            _columns[ImportDryRun.FieldKey(field)] = column;
        }

        await CheckAsync();
    }

    private async Task MapAsync(string field, string text, string? target)
    {
        if (target is null)
        {
            return;
        }

        (_values.TryGetValue(field, out var pairs) ? pairs : _values[field] = [])[text] = target;
        await CheckAsync();
    }

    private async Task UnmapAsync(string field, string text)
    {
        _values[field].Remove(text);
        await CheckAsync();
    }

    private async Task StartAsync()
    {
        _starting = true;
        var result = await Jobs.StartAsync(Preview.JobId, Reader, _columns, _values, _closing.Token);
        _starting = false;
        if (result.Failure is null)
        {
            await Started.InvokeAsync(Preview.JobId);
            return;
        }

        _errors = result.Errors?.ToDictionary().SelectMany(e => e.Value).ToList() ?? [L["The import has already started."]];
    }

    private string FieldName(string field) =>
        L.Name(Enum.Parse<ImportField>(field, ignoreCase: true));

    private string PointName(string code) => _points.NameOf(code);

    private IEnumerable<(string Value, string Name)> KnownValues(string field) =>
        field == ImportDryRun.FieldKey(ImportField.CustomsPoint)
            ? _points.Select(p => (p.Code, p.Name))
            : Outcomes.Select(k => (k.ToString(), Text.EventKind(k))).Append((OutcomeWords.Pending, L["Pending"]));

    private string TargetName(string field, string target) =>
        target.Length == 0 ? L["skipped"] : KnownValues(field).FirstOrDefault(k => k.Value == target).Name ?? target;

    public void Dispose()
    {
        _closing.Cancel();
        _closing.Dispose();
    }
}
