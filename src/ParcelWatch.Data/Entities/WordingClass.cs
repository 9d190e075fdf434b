namespace ParcelWatch.Data.Entities;

/// <summary>
/// What a declaration wording names, whatever its words and language (issue 20): inspectors open a parcel because a
/// phone is named. Stored with the wording key (<see cref="ParcelReport.WordingClass"/>) and counted in the
/// statistics. The rules live in <c>WordingClassifier</c> (Features/Stats/Domain).
/// </summary>
public enum WordingClass
{
    /// <summary>Names a phone or smartphone in any common wording ("phone", "cell phone", "смартфон", "сотовый").</summary>
    Phone = 0,

    /// <summary>Names a brand but no phone ("Xiaomi", "Mi band", "Xiaomi phone case").</summary>
    Brand = 1,

    /// <summary>Anything else: gift, case, photo frame, bracelet, speaker, smart watch, an empty declaration.</summary>
    Other = 2,
}
