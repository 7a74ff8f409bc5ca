using BenchmarkDotNet.Running;
using Savira.Benchmarks;

if (args is ["latency", ..])
{
    MatcherLatency.Run(Console.Out);
    return;
}
if (args is ["engine", ..])
{
    await EngineLoad.RunAsync(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20);
    return;
}
if (args is ["crossval", ..])
{
    MatcherCrossValidation.Run(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
