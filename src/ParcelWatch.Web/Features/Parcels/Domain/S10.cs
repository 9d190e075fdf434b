using System.Text.RegularExpressions;

namespace ParcelWatch.Web.Features.Parcels.Domain;

/// <summary>The UPU S10 13-character postal item identifier: format and check digit.</summary>
public static partial class S10
{
    private static readonly int[] Weights = [8, 6, 4, 2, 3, 5, 9, 7];

    /// <summary>
    /// Whether an already normalized number has the S10 shape: two ASCII capital letters, nine ASCII digits,
    /// two ASCII capital letters. Digits of other scripts (Arabic-Indic, full-width) do not count.
    /// </summary>
    public static bool IsS10Format(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        return S10Shape().IsMatch(normalized);
    }

    /// <summary>The S10 check digit (0-9) for the eight serial digits.</summary>
    /// <exception cref="ArgumentException">When the span is not exactly eight ASCII digits.</exception>
    public static int ComputeCheckDigit(ReadOnlySpan<char> eightSerialDigits)
    {
        if (eightSerialDigits.Length != Weights.Length)
        {
            throw new ArgumentException("An S10 serial number has exactly eight digits.", nameof(eightSerialDigits));
        }

        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            var c = eightSerialDigits[i];
            if (!char.IsAsciiDigit(c))
            {
                throw new ArgumentException("An S10 serial number has ASCII digits only.", nameof(eightSerialDigits));
            }

            sum += (c - '0') * Weights[i];
        }

        return (11 - (sum % 11)) switch
        {
            10 => 0,
            11 => 5,
            var digit => digit,
        };
    }

    /// <summary>Whether a normalized number is in S10 format and its check digit is right; false for other formats.</summary>
    public static bool HasValidCheckDigit(string normalized) =>
        IsS10Format(normalized) && ComputeCheckDigit(normalized.AsSpan(2, 8)) == normalized[10] - '0';

    // \z rather than $: $ would also accept a trailing "\n". No IgnoreCase: it lets [A-Z] match the Kelvin sign.
    [GeneratedRegex(@"^[A-Z]{2}[0-9]{9}[A-Z]{2}\z")]
    private static partial Regex S10Shape();
}
