namespace ParcelWatch.Web.Infrastructure.ReferenceData;

/// <summary>Opens the reference files embedded from <c>ReferenceData/</c> (copies of <c>shared/data</c>).</summary>
public static class EmbeddedReferenceData
{
    public static Stream Open(string fileName) =>
        typeof(EmbeddedReferenceData).Assembly.GetManifestResourceStream($"ParcelWatch.ReferenceData.{fileName}")
        ?? throw new InvalidOperationException($"Embedded reference file '{fileName}' is missing from the build.");
}
