using Microsoft.Extensions.Options;
using Savira.Bot.Operators.Access;
using Savira.Bot.Operators.Knowledge;
using Savira.Bot.Operators.Menu;
using Savira.Bot.Operators.Regression;
using Savira.Core.Services.Infrastruktur;

namespace Savira.Bot.Operators;

/// <summary>
/// The operators' JSON API under /admin/api; each service adds its endpoints to this group. Who may call what is
/// decided by <see cref="StaffAccessRules"/> for every endpoint of the group.
/// </summary>
public static class AdminApi
{
    public static IServiceCollection AddAdminApi(this IServiceCollection services)
    {
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section);
        services.AddSingleton<ReportAgencies>();
        services.AddSingleton<IPostConfigureOptions<ReportDeskOptions>, ReportPublicAddress>();
        services.AddSingleton<IValidateOptions<ReportDeskOptions>, ReportPublicAddress.Validation>();
        services.AddOptions<ReportDeskOptions>().ValidateOnStart();
        services.AddKnowledgeEditing();
        services.AddSingleton<KnowledgeFromUnanswered>();
        services.AddSingleton<Reports.ServiceReport>();
        services.AddSingleton<Puskesmas.CounterActions>();
        services.AddSingleton<Simulator.SimulatorConversations>();
        services.AddSingleton<Regression.SuiteStore>();
        services.AddSingleton<Regression.RegressionGate>();
        return services;
    }

    public static RouteGroupBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/admin/api").RequireAuthorization(StaffAccess.Policy);
        admin.MapGet("/status", () => TypedResults.Ok(new { status = "ok" }));
        admin.MapPdamOutages();
        admin.MapFaqAdmin();
        admin.MapFaqCsv();
        admin.MapReportAdmin();
        admin.MapHandoffAdmin();
        admin.MapRetentionAdmin();
        admin.MapSuiteAdmin();
        admin.MapMenuAdmin();
        return admin;
    }
}
