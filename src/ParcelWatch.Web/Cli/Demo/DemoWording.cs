namespace ParcelWatch.Web.Cli.Demo;

/// <summary>A wording class: its weight on a Xiaomi phone's return rate and the texts buyers type for it.</summary>
/// <param name="Texts">Declaration texts of the class; for <see cref="DemoWordingStyle.MatchesContents"/> the product's own wording is used instead.</param>
public sealed record DemoWording(DemoWordingStyle Class, double ReturnRateWeight, IReadOnlyList<string> Texts);
