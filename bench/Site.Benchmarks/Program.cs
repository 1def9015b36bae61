using BenchmarkDotNet.Running;

// Run through bench/profile.sh, which generates the corpus and sets the SITE_BENCH_* variables (see Corpus).
BenchmarkSwitcher.FromAssembly(typeof(Site.Benchmarks.Corpus).Assembly).Run(args);
