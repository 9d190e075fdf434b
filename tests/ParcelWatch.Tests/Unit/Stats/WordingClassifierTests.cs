using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Stats.Domain;

namespace ParcelWatch.Tests.Unit.Stats;

/// <summary>The wording classes of issue 20 on declaration texts as buyers and shops write them (normalized first, as stored).</summary>
public sealed class WordingClassifierTests
{
    private static readonly string[] PhonesTexts =
    [
        "phone", "Phone", "PHONE", "cell phone", "Cell Phone", "cellphone", "mobile phone", "mobile", "smartphone",
        "Smart Phone", "smartphones x2", "android phone", "ANDROID PHONE. VALUE $18", "Xiaomi phone", "Redmi Note 12 smartphone",
        "Meizu phone", "Bluboo phone", "used phone", "telephone", "iPhone", "cellular phone", "phone 4GB/64GB",
        "телефон", "Телефон", "сотовый телефон", "мобильный телефон", "смартфон", "Смартфон Xiaomi", "сотовый",
        "мобильный", "мобильник", "телефоны 2 шт", "айфон", "смартфона", "телефон б/у", "phone (gift)", "gift phone",
    ];

    private static readonly string[] BrandsTexts =
    [
        "Xiaomi", "xiaomi redmi note", "Mi Band 7", "Xiaomi phone case", "Samsung Galaxy", "Huawei", "Redmi",
        "чехол для телефона Xiaomi", "Сяоми", "ксиаоми", "Meizu", "Elephone P8000", "Apple watch", "Samsung charger",
    ];

    private static readonly string[] OthersTexts =
    [
        "", "   ", "gift", "phone case", "Phone Case", "phone cover", "Smart watch", "smartwatch", "watch phone",
        "photo frame", "bracelet", "fitness bracelet", "bluetooth speaker", "electronic device", "electronics",
        "accessories", "toy", "toy phone", "LED bulb", "power bank", "mobile power bank", "earphones", "headphones",
        "phone holder", "phone stand", "phone charger", "USB cable for phone", "screen protector phone",
        "tempered glass for phone", "phone screen", "tablet", "микрофон", "saxophone", "xylophone", "microphone",
        "чехол для телефона", "зарядка для телефона", "зарядное устройство", "умные часы", "смарт часы",
        "наушники", "подарок", "фоторамка", "браслет", "игрушечный телефон", "держатель для телефона",
        "защитное стекло для смартфона", "одежда", "сувенир", "колонка",
    ];

    public static TheoryData<string> Phones => new(PhonesTexts);

    public static TheoryData<string> Brands => new(BrandsTexts);

    public static TheoryData<string> Others => new(OthersTexts);

    [Theory]
    [MemberData(nameof(Phones))]
    public void Names_of_a_phone_are_the_phone_class(string text) =>
        Assert.Equal(WordingClass.Phone, WordingClassifier.Classify(DeclarationWording.Normalize(text)));

    [Theory]
    [MemberData(nameof(Brands))]
    public void A_brand_without_a_phone_is_the_brand_class(string text) =>
        Assert.Equal(WordingClass.Brand, WordingClassifier.Classify(DeclarationWording.Normalize(text)));

    [Theory]
    [MemberData(nameof(Others))]
    public void Accessories_watches_and_everything_else_are_other(string text) =>
        Assert.Equal(WordingClass.Other, WordingClassifier.Classify(DeclarationWording.Normalize(text)));

    [Fact]
    public void At_least_sixty_wordings_in_both_languages_are_covered()
    {
        var all = PhonesTexts.Concat(BrandsTexts).Concat(OthersTexts).ToList();
        Assert.True(all.Count >= 60, $"{all.Count} wordings");
        Assert.True(all.Count(t => t.Any(c => c is >= 'а' and <= 'я' or >= 'А' and <= 'Я')) >= 20);
        Assert.True(all.Count(t => t.Any(char.IsAsciiLetter) && !t.Any(c => c is >= 'а' and <= 'я')) >= 40);
    }
}
