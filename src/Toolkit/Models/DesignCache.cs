using System.Runtime.InteropServices;
using DecodingChoices.Numerics;

namespace DecodingChoices.Models;

/// <summary>
/// Remembers the last few row-space factorizations (<see cref="LogisticDesign.Prepare"/> with reduction) by the
/// <b>content</b> of the matrix they were made from, so a loop of <c>new LogisticRegression().Fit(X, yShuffled)</c>
/// — a student's Exercise 2A — factors X once instead of fitting the full 220 × 691 matrix a thousand times.
/// </summary>
/// <remarks>
/// <para>
/// Why by content, never by reference: the caller owns X and may change it between two fits (standardize it in
/// place, drop a neuron by zeroing it). A design found by reference alone would then fit the old numbers.
/// So every lookup compares X byte for byte with the cache's own private copy of each cached matrix of the same shape
/// (one SIMD pass, stopping at the first difference), and a matrix not found is remembered by a fingerprint of its
/// bits (<see cref="ContentHash"/>). A cached design
/// is therefore used only for a matrix bit-for-bit equal to the one it was factored from, and it gives exactly
/// the numbers a fresh factorization of that matrix gives (factoring is deterministic).
/// </para>
/// <para>
/// When to factor: one QR factorization of a 220 × 691 matrix costs about as much as a whole fit on X, so the
/// first time a matrix is seen only its fingerprint is remembered and the caller fits X directly; the second
/// time, it is factored and cached. A shuffle or permutation test, which will fit many times, asks for the
/// factorization at once (<c>factorNow</c>).
/// </para>
/// <para>
/// Bounded and thread-safe: at most <see cref="Capacity"/> designs (each holds X's copy, the reflectors and L:
/// about 2.8 MB at 220 × 691) and a few fingerprints. Readers take a snapshot of an immutable array, so the
/// byte comparison runs outside the lock; only inserting takes it. Two threads that miss at once may both
/// factor: both results are identical, and the second simply replaces the first.
/// </para>
/// </remarks>
internal sealed class DesignCache
{
    private const int SeenCapacity = 4;

    private readonly object _gate = new();
    private Entry[] _entries = [];
    private readonly Fingerprint[] _seen = new Fingerprint[SeenCapacity];
    private int _seenNext;

    /// <param name="capacity">How many factored designs to keep (most recently used first).</param>
    public DesignCache(int capacity = 2)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
    }

    /// <summary>The cache every <see cref="LogisticRegression"/> and resampling test shares.</summary>
    public static DesignCache Shared { get; } = new();

    /// <summary>How many factored designs are kept.</summary>
    public int Capacity { get; }

    /// <summary>
    /// The row-space design of <paramref name="X"/> (fewer trials than neurons): from the cache when a matrix with
    /// the same bits was factored before; otherwise factored now when <paramref name="factorNow"/> is set or when
    /// this content has been seen before; otherwise null (the content is remembered, and the caller fits X itself).
    /// </summary>
    public LogisticDesign? Reduced(double[,] X, bool factorNow)
    {
        ArgumentNullException.ThrowIfNull(X);
        var rows = X.GetLength(0);
        var columns = X.GetLength(1);
        if (rows >= columns)
        {
            throw new ArgumentException($"Only wide matrices (fewer trials than neurons) are reduced, not ({rows}, {columns}).", nameof(X));
        }

        if (Find(X) is { } cached)
        {
            return cached;
        }

        var fingerprint = new Fingerprint(rows, columns, ContentHash.Of(X.AsReadOnlySpan()));
        if (!factorNow && RememberFirstSight(fingerprint))
        {
            return null;
        }

        // Factor a private copy, so the stored bytes are exactly those the design came from, even if the caller
        // changes X later.
        var copy = (double[,])X.Clone();
        var entry = new Entry(new Fingerprint(rows, columns, ContentHash.Of(copy.AsReadOnlySpan())), copy, LogisticDesign.Prepare(copy, reduce: true));
        lock (_gate)
        {
            var kept = _entries.Where(e => !SameContent(e, copy)).Take(Capacity - 1);
            _entries = [entry, .. kept];
        }

        return entry.Design;
    }

    /// <summary>
    /// The cached design for <paramref name="X"/>'s exact content, or null; never factors. A hit needs no hash: the
    /// byte comparison with each cached copy of the same shape (SIMD, stopping at the first difference) is both the
    /// fastest test and the decisive one.
    /// </summary>
    public LogisticDesign? Find(double[,] X)
    {
        ArgumentNullException.ThrowIfNull(X);
        var entries = Volatile.Read(ref _entries);
        foreach (var entry in entries)
        {
            if (SameContent(entry, X))
            {
                if (entries[0] != entry)
                {
                    lock (_gate)
                    {
                        _entries = [entry, .. _entries.Where(e => e != entry)];
                    }
                }

                return entry.Design;
            }
        }

        return null;
    }

    /// <summary>Records a first sighting; returns false when this content was already seen (then it is forgotten: it is about to be factored).</summary>
    private bool RememberFirstSight(Fingerprint fingerprint)
    {
        lock (_gate)
        {
            var index = Array.IndexOf(_seen, fingerprint);
            if (index >= 0)
            {
                _seen[index] = default;
                return false;
            }

            _seen[_seenNext] = fingerprint;
            _seenNext = (_seenNext + 1) % SeenCapacity;
            return true;
        }
    }

    /// <summary>Same shape and the same bytes.</summary>
    private static bool SameContent(Entry entry, double[,] X) =>
        entry.Fingerprint.Rows == X.GetLength(0) && entry.Fingerprint.Columns == X.GetLength(1)
        && MemoryMarshal.AsBytes(entry.Copy.AsReadOnlySpan()).SequenceEqual(MemoryMarshal.AsBytes(X.AsReadOnlySpan()));

    private readonly record struct Fingerprint(int Rows, int Columns, ulong Hash);

    private sealed record Entry(Fingerprint Fingerprint, double[,] Copy, LogisticDesign Design);
}
