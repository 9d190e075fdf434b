namespace ParcelWatch.Web.Features.Import;

/// <summary>
/// Which app instance runs an import job, when several share one PostgreSQL database. A worker claims a job with one
/// conditional update (of two instances trying, one changes the row), holds it for <see cref="Duration"/> and renews it
/// with every batch; when an instance dies, its lease runs out and the next instance to look
/// (<see cref="ImportBackgroundWorker"/>, every <see cref="PollInterval"/>) resumes the job after its last committed batch.
/// </summary>
public sealed class ImportJobLease(TimeProvider clock)
{
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(1);

    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(15);

    /// <summary>This process: its machine, process id and a random part, so two instances on one machine differ.</summary>
    public string Instance { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The end of a lease taken or renewed now.</summary>
    public DateTime Until => Now + Duration;
}
