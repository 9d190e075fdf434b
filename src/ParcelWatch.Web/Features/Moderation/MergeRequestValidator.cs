using Microsoft.Extensions.Localization;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Moderation.Domain;
using ParcelWatch.Web.Features.Shared;

namespace ParcelWatch.Web.Features.Moderation;

/// <summary>Checks the shape of a merge request or batch (ids named, limits, reason length, known fields) before anything is read.</summary>
public sealed class MergeRequestValidator(IStringLocalizer<SharedResource> localizer)
{
    public const int MaximumDuplicatesPerMerge = 50;
    public const int MaximumDuplicatesPerBatch = 1000;

    public FieldErrors Validate(MergeRequest request) => Validate(request, prefix: string.Empty, new FieldErrors());

    /// <summary>The batch's own limits, then each merge's fields under <c>merges[i].</c>.</summary>
    public FieldErrors Validate(IReadOnlyList<MergeRequest> requests)
    {
        var errors = new FieldErrors();
        if (requests.Count == 0)
        {
            errors.Add("merges", localizer["Name at least one merge."]);
        }
        else if (requests.Sum(r => r?.DuplicateIds?.Count ?? 0) > MaximumDuplicatesPerBatch)
        {
            errors.Add("merges", localizer["At most {0} reports per batch.", MaximumDuplicatesPerBatch]);
        }

        for (var i = 0; i < requests.Count; i++)
        {
            if (requests[i] is { } request)
            {
                Validate(request, $"merges[{i}].", errors);
            }
            else
            {
                errors.Add($"merges[{i}]", localizer["This field is required."]);
            }
        }

        return errors;
    }

    private FieldErrors Validate(MergeRequest request, string prefix, FieldErrors errors)
    {
        if (request.CanonicalId is null)
        {
            errors.Add(prefix + "canonicalId", localizer["This field is required."]);
        }

        if (request.DuplicateIds is not { Count: > 0 })
        {
            errors.Add(prefix + "duplicateIds", localizer["Name at least one duplicate report."]);
        }
        else if (request.DuplicateIds.Count > MaximumDuplicatesPerMerge)
        {
            errors.Add(prefix + "duplicateIds", localizer["At most {0} reports per merge.", MaximumDuplicatesPerMerge]);
        }

        if (InputText.Clean(request.Reason) is { Length: > ParcelLimits.ModerationReason })
        {
            errors.Add(prefix + "reason", localizer["At most {0} characters.", ParcelLimits.ModerationReason]);
        }

        foreach (var (field, reportId) in request.FieldWinners ?? new Dictionary<string, int>())
        {
            if (!MergeableFields.All.Contains(field))
            {
                errors.Add($"{prefix}fieldWinners.{field}", localizer["Unknown field; use one of: {0}.", string.Join(", ", MergeableFields.All)]);
            }
            else if (reportId != request.CanonicalId && request.DuplicateIds?.Contains(reportId) != true)
            {
                errors.Add($"{prefix}fieldWinners.{field}", localizer["Report #{0} is not part of this merge.", reportId]);
            }
        }

        return errors;
    }
}
