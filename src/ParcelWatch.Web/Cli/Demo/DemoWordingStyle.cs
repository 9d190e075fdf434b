namespace ParcelWatch.Web.Cli.Demo;

/// <summary>The generator's style of a CN22 declaration wording (how the demo scales return rates; the stored class of a wording is <see cref="ParcelWatch.Data.Entities.WordingClass"/>); for Xiaomi phones it scales the return rate.</summary>
public enum DemoWordingStyle
{
    PhoneLike = 0,
    AndroidPhone = 1,
    OtherBrandPhone = 2,
    GenericGoods = 3,
    MatchesContents = 4,
}
