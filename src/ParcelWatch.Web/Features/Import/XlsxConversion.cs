using System.Globalization;
using System.Text;
using CsvHelper;
using ExcelDataReader;

namespace ParcelWatch.Web.Features.Import;

/// <summary>
/// An .xlsx workbook becomes the job's CSV (UTF-8, comma-separated) at upload, read with ExcelDataReader: the first
/// sheet, dates written as yyyy-MM-dd and numbers in invariant form, so one reader handles every import afterwards.
/// </summary>
public static class XlsxConversion
{
    private static ReadOnlySpan<byte> ZipSignature => "PK\u0003\u0004"u8;

    public static bool LooksLikeXlsx(string fileName, ReadOnlySpan<byte> start) =>
        fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) && start.StartsWith(ZipSignature);

    /// <summary>Rewrites the workbook at <paramref name="path"/> as CSV in place; false when it is not a readable workbook.</summary>
    public static bool TryConvertInPlace(string path)
    {
        var csvPath = path + ".converting";
        try
        {
            using (var workbook = File.OpenRead(path))
            using (var excel = ExcelReaderFactory.CreateOpenXmlReader(workbook))
            using (var output = new StreamWriter(csvPath, false, new UTF8Encoding(false)))
            using (var csv = new CsvWriter(output, CultureInfo.InvariantCulture))
            {
                while (excel.Read())
                {
                    for (var i = 0; i < excel.FieldCount; i++)
                    {
                        csv.WriteField(Cell(excel.GetValue(i)));
                    }

                    csv.NextRecord();
                }
            }

            File.Move(csvPath, path, overwrite: true);
            return true;
        }
        catch (Exception error) when (error is ExcelDataReader.Exceptions.ExcelReaderException or InvalidDataException or IOException)
        {
            File.Delete(csvPath);
            return false;
        }
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double number => number.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
