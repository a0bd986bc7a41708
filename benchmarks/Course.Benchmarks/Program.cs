using BenchmarkDotNet.Running;
using DecodingChoices.Benchmarks;

// Besides BenchmarkDotNet (the default), four Stopwatch harnesses for benchmarks/run-side-by-side.sh:
//   peak                     the machine's peak FLOP rate (an FMA microbenchmark)
//   work OUT.json            the arithmetic each side-by-side task does, and the peak
//   train-data DIR           the 220 x 691 training split, for scikit-learn's side
//   sweep-data DIR           the cost sweep's data, for scikit-learn's side
//   sweep OUT.json           the cost sweep, our side
switch (args.FirstOrDefault())
{
    case "peak":
        var (all, one, vector) = PeakFlops.Measure();
        Console.WriteLine($"{{\"peak_gflops\": {all:F2}, \"peak_gflops_one_core\": {one:F2}, \"vector\": \"{vector}\", \"cores\": {Environment.ProcessorCount}}}");
        break;
    case "work":
        WorkCounts.Run(args[1]);
        break;
    case "train-data":
        CostSweep.WriteData(args[1], "train", BenchmarkData.Train);
        break;
    case "sweep-data":
        CostSweep.WriteData(args[1]);
        break;
    case "sweep":
        CostSweep.Run(args[1]);
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkData).Assembly).Run(args);
        break;
}
