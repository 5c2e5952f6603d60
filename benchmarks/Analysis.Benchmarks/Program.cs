using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Analysis.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Analysis.Benchmarks.PanelBenchmarks).Assembly).Run(args);
