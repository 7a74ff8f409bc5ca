using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dapper;
using Savira.Bot.Operators.Accounts;
using Savira.Tests.Support;

namespace Savira.Tests.Operators.Console;

/// <summary>An agency's account sees and changes only the reports of the categories its agency handles.</summary>
public sealed class ReportAgencyScopeTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    static async Task<HttpClient> AgencyAsync(SaviraApp app, string name, string agency)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            await app.IssueTokenAsync(await app.AddAccountAsync(name, StaffRole.Opd, Cancel, scope: agency), Cancel));
        return client;
    }

    [Fact]
    public async Task ThePublicWorksAccountNeverSeesOrChangesAStreetLightReportEvenByItsTicket()
    {
        await using var app = new SaviraApp();
        using var dpu = await AgencyAsync(app, "dpu1", "dpu");
        using var disperkim = await AgencyAsync(app, "disperkim1", "disperkim");
        string lampTicket;
        using (var connection = app.OpenDatabase())
            lampTicket = connection.QueryFirst<string>("SELECT ticket_number FROM infrastructure_reports WHERE category = 'lampu'");

        var dpuList = JsonDocument.Parse(await dpu.GetStringAsync("/admin/api/reports", Cancel)).RootElement.EnumerateArray().Select(report => report.GetProperty("category").GetString()).ToList();
        var disperkimList = JsonDocument.Parse(await disperkim.GetStringAsync("/admin/api/reports", Cancel)).RootElement.EnumerateArray().Select(report => report.GetProperty("category").GetString()).ToList();
        using var guessed = await dpu.GetAsync($"/admin/api/reports/{lampTicket}", Cancel);
        using var change = await dpu.PutAsync($"/admin/api/reports/{lampTicket}/status",
            new StringContent("""{"status":"ditolak"}""", Encoding.UTF8, "application/json"), Cancel);
        using var own = await disperkim.GetAsync($"/admin/api/reports/{lampTicket}", Cancel);

        Assert.NotEmpty(dpuList);
        Assert.DoesNotContain("lampu", dpuList);
        Assert.All(disperkimList, category => Assert.Equal("lampu", category));
        Assert.NotEmpty(disperkimList);
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, change.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        using var connectionAfter = app.OpenDatabase();
        Assert.NotEqual("ditolak", connectionAfter.QueryFirst<string>("SELECT status FROM infrastructure_reports WHERE ticket_number = @lampTicket", new { lampTicket }));
    }
}
