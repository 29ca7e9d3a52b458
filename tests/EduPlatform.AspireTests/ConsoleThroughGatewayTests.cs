using System.Net;
using System.Text.RegularExpressions;
using Aspire.Hosting.Testing;

namespace EduPlatform.AspireTests;

/// <summary>
/// The distributed suite serves the web console from its gateway (issue 22): the development sign-in gets its token from
/// the gateway's /dev/token, and a page reads the services through the gateway's own /api routes.
/// </summary>
[Collection(AspireCollection.Name)]
public sealed partial class ConsoleThroughGatewayTests(AspireSuite suite)
{
    readonly string _county = Counties.Fresh();

    [Fact]
    public async Task The_gateway_serves_the_console_which_signs_in_and_shows_an_alliance_formed_through_the_api()
    {
        suite.Require();
        using var api = suite.Gateway(_county);
        await FourSchoolAlliance.FormAsync(api, _county, "控制台县", "W", "控制台教联体");

        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = suite.App.GetEndpoint("gateway", "http"),
        };
        var login = await browser.GetStringAsync("/login");
        Assert.Contains("开发环境登录", login, StringComparison.Ordinal);
        var signIn = await browser.PostAsync("/console/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryField().Match(login).Groups[1].Value,
            ["role"] = "county-admin",
            ["county"] = _county,
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        var alliances = await browser.GetAsync($"/counties/{_county}/alliances");
        Assert.Equal(HttpStatusCode.OK, alliances.StatusCode);
        var html = await alliances.Content.ReadAsStringAsync();
        Assert.Contains("控制台教联体", html, StringComparison.Ordinal);
        Assert.Contains("控制台县", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/_framework/blazor.web.js")).StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
