using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Savira.Core.Data;

namespace Savira.Tests.Support;

/// <summary>A <see cref="Database"/> on a given file, for tests of the data layer without a host.</summary>
public static class TestDatabase
{
    public static Database At(string path) =>
        new(Options.Create(new DatabaseOptions { Path = path }), new Environment(Path.GetDirectoryName(path)!));

    sealed class Environment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";
        public string ApplicationName { get; set; } = "Savira.Tests";
        public string ContentRootPath { get; set; } = contentRoot;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
