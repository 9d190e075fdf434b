using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Features.Stats.Domain;

/// <summary>
/// The one place of the wording-class rules (docs/statistics.md, "Wording classes"). Reads a normalized wording
/// (<see cref="DeclarationWording.Normalize"/>: lower case, letters and single spaces) word by word:
/// <list type="bullet">
/// <item><see cref="WordingClass.Phone"/>: a phone word ("phone", "smartphone", "cellphone", "mobile", "iphone",
/// "телефон…", "смартфон…", "сотов…", "мобильн…", "айфон…") and no accessory word ("case", "charger", "watch",
/// "toy", "чехол", "зарядка", "часы", …): "phone case" names an accessory, "smart watch" a watch;</item>
/// <item><see cref="WordingClass.Brand"/>: otherwise a known phone or electronics brand ("xiaomi", "redmi",
/// "samsung", "сяоми", …);</item>
/// <item><see cref="WordingClass.Other"/>: anything else.</item>
/// </list>
/// English words match whole; Russian ones by stem, so every case ending counts.
/// </summary>
public static class WordingClassifier
{
    private static readonly HashSet<string> PhoneWords =
        ["phone", "phones", "smartphone", "smartphones", "cellphone", "cellphones", "cellular", "mobile", "mobilephone",
         "telephone", "iphone", "celular", "telefono", "telefon"];

    private static readonly string[] PhoneStems = ["телефон", "смартфон", "сотов", "мобильн", "мобильник", "айфон"];

    private static readonly HashSet<string> AccessoryWords =
        ["case", "cases", "cover", "covers", "holder", "holders", "stand", "charger", "chargers", "charging", "cable",
         "cord", "protector", "film", "glass", "tempered", "strap", "lens", "mount", "tripod", "bag", "pouch", "sticker",
         "skin", "bumper", "adapter", "battery", "power", "bank", "toy", "watch", "watches", "smartwatch", "band",
         "bracelet", "earphone", "earphones", "headphone", "headphones", "headset", "selfie", "stick", "ring", "grip",
         "accessory", "accessories", "part", "parts", "screen", "display", "lcd", "repair", "tool", "tools", "dummy",
         "mockup", "housing", "shell", "wallet", "lanyard", "speaker", "mic", "microphone"];

    private static readonly string[] AccessoryStems =
        ["чехл", "чехол", "заряд", "кабел", "провод", "держател", "стекл", "плёнк", "пленк", "подставк", "ремеш",
         "накладк", "бампер", "часы", "часов", "наушник", "аккумулятор", "батаре", "штатив", "объектив", "игрушк",
         "игрушеч", "аксессуар", "запчаст", "дисплей", "экран", "корпус", "браслет", "колонк", "муляж", "гарнитур",
         "сумк", "футляр", "защит"];

    private static readonly HashSet<string> BrandWords =
        ["xiaomi", "redmi", "poco", "mi", "meizu", "bluboo", "huawei", "honor", "samsung", "galaxy", "apple", "ipad",
         "oneplus", "oppo", "vivo", "realme", "nokia", "lenovo", "motorola", "moto", "sony", "lg", "google", "pixel",
         "zte", "doogee", "ulefone", "oukitel", "blackview", "asus", "tecno", "infinix", "umidigi", "cubot", "elephone",
         "homtom", "leagoo", "nubia", "htc", "alcatel"];

    private static readonly string[] BrandStems =
        ["сяоми", "ксиаоми", "ксяоми", "редми", "самсунг", "хуавей", "хуавэй", "хонор", "эппл", "нокиа", "леново",
         "мейзу", "моторол"];

    /// <summary>The class of a normalized wording (an empty wording is <see cref="WordingClass.Other"/>).</summary>
    public static WordingClass Classify(string wording)
    {
        var words = wording.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(IsPhone) && !words.Any(IsAccessory))
        {
            return WordingClass.Phone;
        }

        return words.Any(IsBrand) ? WordingClass.Brand : WordingClass.Other;
    }

    private static bool IsPhone(string word) => PhoneWords.Contains(word) || StartsWithAny(word, PhoneStems);

    private static bool IsAccessory(string word) => AccessoryWords.Contains(word) || StartsWithAny(word, AccessoryStems);

    private static bool IsBrand(string word) => BrandWords.Contains(word) || StartsWithAny(word, BrandStems);

    private static bool StartsWithAny(string word, string[] stems) =>
        stems.Any(stem => word.StartsWith(stem, StringComparison.Ordinal));
}
