using System;

namespace DecodingChoices.Generators;

/// <summary>
/// Spots dimension names that are probably one name misspelled: the same letters in another case
/// (<c>Trials</c>/<c>trials</c>), a singular beside its plural (<c>neuron</c>/<c>neurons</c>), or, for
/// names of five letters or more, one letter added, dropped or changed (<c>neurans</c>/<c>neurons</c>).
/// </summary>
internal static class NearDuplicateNames
{
    internal static bool AreNearDuplicates(string first, string second)
    {
        if (first == second)
        {
            return false;
        }

        if (string.Equals(first, second, StringComparison.OrdinalIgnoreCase) || first + "s" == second || second + "s" == first)
        {
            return true;
        }

        return Math.Min(first.Length, second.Length) >= 5 && IsOneEditApart(first, second);
    }

    /// <summary>True when one insertion, deletion or substitution turns one string into the other.</summary>
    private static bool IsOneEditApart(string first, string second)
    {
        if (Math.Abs(first.Length - second.Length) > 1)
        {
            return false;
        }

        var (shorter, longer) = first.Length <= second.Length ? (first, second) : (second, first);
        var prefix = 0;
        while (prefix < shorter.Length && shorter[prefix] == longer[prefix])
        {
            prefix++;
        }

        var skip = shorter.Length == longer.Length ? 1 : 0;
        return string.CompareOrdinal(shorter, prefix + skip, longer, prefix + 1, longer.Length - prefix - 1) == 0
            && shorter.Length - prefix - skip == longer.Length - prefix - 1;
    }
}
