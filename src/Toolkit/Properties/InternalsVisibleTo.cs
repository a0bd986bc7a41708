using System.Runtime.CompilerServices;

// The toolkit's internal engine (the design cache, the batched fitter, the kernels' building blocks) is
// tested directly, used by the reference track, and timed by the benchmarks.
[assembly: InternalsVisibleTo("DecodingChoices.Toolkit.Tests")]
[assembly: InternalsVisibleTo("DecodingChoices.Solutions")]
[assembly: InternalsVisibleTo("Course.Benchmarks")]

// The runner (assembly "course") can then take its 2A p-value from Inference.PValues too, the formula's one home.
[assembly: InternalsVisibleTo("course")]
