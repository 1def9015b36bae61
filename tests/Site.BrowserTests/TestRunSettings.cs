// Browser tests drive real Chromium processes, dev servers and builds: on a two-core machine, running test
// classes side by side only makes them slower and their timing flaky, so they run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
