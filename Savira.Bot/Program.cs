using Savira.Bot.Channels.Terminal;
using Savira.Bot.Channels.Twilio;
using Savira.Bot.Channels.WebChat;
using Savira.Bot.Commands;
using Savira.Bot.Hosting;
using Savira.Bot.Hosting.Telemetry;
using Savira.Bot.Operators;
using Savira.Bot.Operators.Access;
using Savira.Bot.Operators.Puskesmas;
using Savira.Core;
using Savira.Core.Retention;
using Savira.Core.Services.Infrastruktur;

if (args.Length > 0 && args[0] == "chat")
    return await StartupErrors.GuardAsync(() => TerminalChat.RunAsync(args[1..], Console.In, Console.Out));
if (args.Length > 0 && args[0] == "converse")
    return await StartupErrors.GuardAsync(() => ConverseCommand.RunAsync(args[1..], Console.In, Console.Out, Console.Error));
if (args.Length > 0 && args[0] == "privacy")
    return await StartupErrors.GuardAsync(() => PrivacyCommands.RunAsync(args[1..], Console.Out, Console.Error));
if (args.Length > 0 && args[0] == "backup")
    return await StartupErrors.GuardAsync(() => BackupCommand.RunAsync(args[1..], Console.Out, Console.Error));
if (args.Length > 0 && args[0] == "audit")
    return await StartupErrors.GuardAsync(() => AuditCommand.RunAsync(args[1..], Console.Out, Console.Error));
if (args.Length > 0 && args[0] == "users")
    return await StartupErrors.GuardAsync(() => UsersCommand.RunAsync(args[1..], Console.In, Console.Out, Console.Error));
if (args.Length > 0 && MatcherCommands.Find(args[0]) is { } verb)
    return await StartupErrors.GuardAsync(() => verb(args[1..], Console.In, Console.Out, Console.Error));

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddSaviraSettingsFile();
builder.Host.UseSystemd(); // under systemd (Type=notify): "ready" once migrated, trained and listening; elsewhere nothing
builder.Services.AddSaviraCore();
builder.Services.AddTwilioChannel();
builder.Services.AddSaviraHealth();
builder.Services.AddSaviraTelemetry(builder.Configuration);
builder.Services.AddAdminApi();
builder.Services.AddStaffAccess();
builder.Services.AddRazorPages(options => options.RootDirectory = "/Operators/Console")
    .AddMvcOptions(options => options.Filters.Add<Savira.Bot.Operators.Console.StaleFormAnswer>());
builder.Services.AddTwilioOutboxSender();
builder.Services.AddRetention();
builder.Services.AddReportAutoClose();
builder.Services.AddHostedService<MessagesInFlight>(); // stops after Kestrel: see MessagesInFlight
builder.Services.AddProblemDetails();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRouting(); // here, so that short-circuited endpoints (Twilio's webhooks) keep the two above and skip the staff's
app.UseAuthentication();
app.UseAuthorization();
app.UseMiddleware<StaffAuditTrail>();

app.MapTwilio();
app.MapHealth();
app.MapMetrics();
app.MapAdminApi().MapTrainingAdmin();
app.MapTwilioStatus();
app.MapPuskesmasStaffApi();
app.MapReportPhotos();
app.MapRazorPages().RequireAuthorization(StaffAccess.Policy);
if (app.Environment.IsDevelopment())
    app.MapWebChat();

return await StartupErrors.GuardAsync(async () =>
{
    await app.RunAsync();
    return 0;
});

public partial class Program;
