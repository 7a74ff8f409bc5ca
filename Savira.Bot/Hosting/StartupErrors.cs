using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Savira.Core.Data;

namespace Savira.Bot.Hosting;

/// <summary>Turns configuration and database problems at startup into a clear message and exit code 1.</summary>
public static class StartupErrors
{
    public static async Task<int> GuardAsync(Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (OptionsValidationException exception)
        {
            return Fail("Savira cannot start; fix the configuration:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", exception.Failures));
        }
        catch (DatabaseTooNewException exception)
        {
            return Fail("Savira cannot start: " + exception.Message);
        }
        catch (SqliteException exception)
        {
            return Fail($"Savira cannot start: the database cannot be opened ({exception.Message}). Check Savira:Database:Path.");
        }
    }

    static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 1;
    }
}
