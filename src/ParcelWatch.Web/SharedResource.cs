namespace ParcelWatch.Web;

/// <summary>
/// Marker for the one shared string table. Keys are the English text; <c>Resources/SharedResource.ru.resx</c> (kept beside no class of the same name, so its manifest name follows the folder)
/// holds the Russian. A unit test checks that every key used in the code has a Russian entry.
/// </summary>
public sealed class SharedResource;
