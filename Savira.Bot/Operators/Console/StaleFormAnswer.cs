using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;

namespace Savira.Bot.Operators.Console;

/// <summary>
/// A console form whose antiforgery token is missing or stale (the page was open across a sign-out, or the post was
/// forged) is refused with 400 as before, but with a page that says what happened and what to do, instead of an
/// empty answer. Nothing of the form was applied: the check runs before the handler.
/// </summary>
public sealed class StaleFormAnswer : IAlwaysRunResultFilter
{
    public const string Text = "Formulir ini sudah kedaluwarsa atau tidak lengkap, jadi tidak ada yang diubah. Muat ulang halaman, lalu coba sekali lagi.";

    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is IAntiforgeryValidationFailedResult)
            context.Result = new ContentResult
            {
                StatusCode = StatusCodes.Status400BadRequest,
                ContentType = "text/html; charset=utf-8",
                Content = $"""
                    <!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>Formulir kedaluwarsa · Konsol Savira</title></head>
                    <body style="font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 16px">
                    <main><h1>Formulir kedaluwarsa</h1><p role="alert">{Text}</p>
                    <p><a href="{System.Net.WebUtility.HtmlEncode(context.HttpContext.Request.Path.Value ?? "/console")}">Kembali ke halaman</a> · <a href="/console">Beranda konsol</a></p></main>
                    </body></html>
                    """,
            };
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
