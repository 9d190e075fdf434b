using System.Text;
using System.Text.Unicode;

namespace ParcelWatch.Web.Features.Import.Domain;

/// <summary>What the start of an uploaded file says about it.</summary>
public enum FileVerdict
{
    Text,
    Empty,
    Binary,
}

/// <summary>The encoding and separator of a delimited text file, or why it is not one.</summary>
public sealed record SniffedFile(FileVerdict Verdict, Encoding Encoding, char Delimiter);

/// <summary>
/// Reads the first bytes of a spreadsheet export: a byte-order mark decides the encoding; without one, text that is
/// valid UTF-8 is UTF-8 and anything else is taken as Windows-1251 (what Russian Excel writes as "CSV"). A zero byte
/// means a binary file (a renamed .xlsx, a picture). The separator is whichever of <c>; , tab |</c> the header line
/// holds most of, outside quotes.
/// </summary>
public static class TextFileSniffer
{
    /// <summary>How much of the file to look at.</summary>
    public const int SampleBytes = 64 * 1024;

    private static readonly char[] Delimiters = [';', ',', '\t', '|'];

    static TextFileSniffer() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1251 => Encoding.GetEncoding(1251);

    /// <param name="sample">The first <see cref="SampleBytes"/> of the file (fewer when the file is shorter).</param>
    /// <param name="wholeFile">Whether the sample is the whole file (then its last character is not cut short).</param>
    public static SniffedFile Sniff(ReadOnlySpan<byte> sample, bool wholeFile)
    {
        var (encoding, bomLength) = EncodingOf(sample, wholeFile);
        var body = sample[bomLength..];
        if (IsBlank(body))
        {
            return new SniffedFile(FileVerdict.Empty, encoding, ',');
        }

        if (encoding is not UnicodeEncoding && body.Contains((byte)0))
        {
            return new SniffedFile(FileVerdict.Binary, encoding, ',');
        }

        var text = encoding.GetString(body);
        return new SniffedFile(FileVerdict.Text, encoding, DelimiterOf(FirstLine(text)));
    }

    private static (Encoding Encoding, int BomLength) EncodingOf(ReadOnlySpan<byte> sample, bool wholeFile)
    {
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (new UTF8Encoding(false), 3);
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode, 2);
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode, 2);
        }

        return (IsUtf8(sample, wholeFile) ? new UTF8Encoding(false) : Windows1251, 0);
    }

    /// <summary>Valid UTF-8, allowing a character cut short at the end of a partial sample.</summary>
    private static bool IsUtf8(ReadOnlySpan<byte> sample, bool wholeFile)
    {
        var end = sample.Length;
        if (!wholeFile)
        {
            // Step back over at most three continuation bytes and the lead byte they belong to.
            var back = 0;
            while (back < 3 && end - back - 1 >= 0 && (sample[end - back - 1] & 0xC0) == 0x80)
            {
                back++;
            }

            if (end - back - 1 >= 0 && sample[end - back - 1] >= 0xC0)
            {
                end -= back + 1;
            }
        }

        return Utf8.IsValid(sample[..end]);
    }

    private static bool IsBlank(ReadOnlySpan<byte> body)
    {
        foreach (var b in body)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    private static string FirstLine(string text)
    {
        var inQuotes = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && text[i] is '\n' or '\r')
            {
                return text[..i];
            }
        }

        return text;
    }

    private static char DelimiterOf(string headerLine)
    {
        var counts = new int[Delimiters.Length];
        var inQuotes = false;
        foreach (var c in headerLine)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && Array.IndexOf(Delimiters, c) is var index and >= 0)
            {
                counts[index]++;
            }
        }

        var best = Array.IndexOf(counts, counts.Max());
        return counts[best] == 0 ? ',' : Delimiters[best];
    }
}
