using Savira.LoadBench;

if (args.Length > 0 && args[0] == BareEndpoint.Verb)
{
    await BareEndpoint.RunAsync(args[1..]);
    return 0;
}

var options = BenchOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

return await LoadBenchmark.RunAsync(options);
