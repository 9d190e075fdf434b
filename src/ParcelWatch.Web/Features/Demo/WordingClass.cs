namespace ParcelWatch.Web.Features.Demo;

/// <summary>The generator's class of a CN22 declaration wording; for Xiaomi phones it scales the return rate.</summary>
public enum WordingClass
{
    PhoneLike = 0,
    AndroidPhone = 1,
    OtherBrandPhone = 2,
    GenericGoods = 3,
    MatchesContents = 4,
}
