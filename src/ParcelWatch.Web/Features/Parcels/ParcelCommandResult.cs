using ParcelWatch.Web.Features.Shared;

namespace ParcelWatch.Web.Features.Parcels;

/// <summary>Why a command on a report did not happen.</summary>
public enum ParcelFailure
{
    NotFound,
    Forbidden,
    Conflict,
    Invalid,
}

/// <summary>The outcome of a create, update or event command: the report, or why not.</summary>
public sealed record ParcelCommandResult(ParcelResponse? Parcel, ParcelFailure? Failure, FieldErrors? Errors = null)
{
    public static ParcelCommandResult Done(ParcelResponse parcel) => new(parcel, null);

    public static ParcelCommandResult Fail(ParcelFailure failure) => new(null, failure);

    public static ParcelCommandResult Invalid(FieldErrors errors) => new(null, ParcelFailure.Invalid, errors);
}
