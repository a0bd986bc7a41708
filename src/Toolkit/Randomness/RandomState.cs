namespace DecodingChoices.Randomness;

/// <summary>
/// Everything a <see cref="SeededRandom"/> remembers: the four xoshiro256** words, its seed, and the spare
/// normal of the polar method. The grader sends it to the worker before a call that draws from the stream and
/// reads it back after, so its own generator continues exactly where the student's code left off.
/// </summary>
internal readonly record struct RandomState(ulong S0, ulong S1, ulong S2, ulong S3, ulong Seed, double? SpareNormal);
