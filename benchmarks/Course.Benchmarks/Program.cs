using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(DecodingChoices.Benchmarks.BenchmarkData).Assembly).Run(args);
