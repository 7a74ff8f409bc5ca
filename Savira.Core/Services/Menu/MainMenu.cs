using System.Text;
using Dapper;
using Microsoft.Extensions.Options;
using Savira.Core.Data;
using Savira.Core.Memory;
using Savira.Core.Understanding;

namespace Savira.Core.Services.Menu;

/// <summary>
/// The numbered list of city services, kept in the menu_items table so operators can edit it. Greetings and
/// menu numbers need it on every message, so it is read at most once per <see cref="FreshFor"/>; whoever
/// edits the table calls <see cref="Invalidate"/> for the change to show at once.
/// </summary>
public sealed class MainMenu
{
    public static readonly TimeSpan FreshFor = TimeSpan.FromSeconds(30);

    readonly IOptions<AssistantOptions> assistant;
    readonly FreshSnapshot<IReadOnlyList<MenuItem>> items;

    public MainMenu(Database database, IOptions<AssistantOptions> assistant, TimeProvider clock)
    {
        this.assistant = assistant;
        items = new FreshSnapshot<IReadOnlyList<MenuItem>>(clock, FreshFor, () => Read(database));
    }

    public IReadOnlyList<MenuItem> Items() => items.Value;

    static List<MenuItem> Read(Database database)
    {
        using var connection = database.Open();
        return connection.Query<MenuItemRow>("SELECT position, intent, title FROM menu_items ORDER BY position")
            .Select(row => IntentIds.TryParse(row.Intent, out var intent) ? new MenuItem(row.Position, intent, row.Title) : null)
            .OfType<MenuItem>()
            .ToList();
    }

    /// <summary>
    /// Replaces the whole menu in one write, numbered 1… in the given order (items left out are hidden), and makes the
    /// next message see it.
    /// </summary>
    public async Task ReplaceAsync(IReadOnlyList<(Intent Intent, string Title)> items, DatabaseWriter writer, CancellationToken cancellationToken)
    {
        await writer.WriteAsync(connection =>
        {
            connection.Execute("DELETE FROM menu_items");
            for (var i = 0; i < items.Count; i++)
                connection.Execute("INSERT INTO menu_items (position, intent, title) VALUES (@position, @intent, @title)",
                    new { position = i + 1, intent = items[i].Intent.ToId(), title = items[i].Title });
        }, cancellationToken).ConfigureAwait(false);
        Invalidate();
    }

    /// <summary>Forgets the cached items: the next message reads menu_items again.</summary>
    public void Invalidate() => items.Invalidate();

    public Intent? Pick(int position) => Items().FirstOrDefault(item => item.Position == position)?.Intent;

    public string Text(string? opening = null)
    {
        var text = new StringBuilder();
        text.AppendLine(opening ?? $"Berikut layanan *{assistant.Value.Name}* untuk warga {assistant.Value.City}:");
        text.AppendLine();
        foreach (var item in Items())
            text.Append('*').Append(item.Position).Append(".* ").AppendLine(item.Title);
        text.AppendLine();
        text.Append("Balas dengan *angka* layanan atau tulis pertanyaan Anda. Ketik *menu* kapan saja untuk kembali ke sini.");
        return text.ToString();
    }

    sealed record MenuItemRow
    {
        public required long Position { get; init; }
        public required string Intent { get; init; }
        public required string Title { get; init; }
    }
}

public sealed record MenuItem(long Position, Intent Intent, string Title);
