using BenchmarkDotNet.Running;
using Savira.Benchmarks;

if (args is ["latency", ..])
{
    MatcherLatency.Run(Console.Out);
    return;
}
if (args is ["crossval", ..])
{
    MatcherCrossValidation.Run(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
