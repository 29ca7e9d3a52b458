using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;

namespace EduPlatform.ServiceDefaults;

/// <summary>
/// The language of what a request reads: Chinese (zh-CN) unless <c>Accept-Language</c> (or <c>?ui-culture=en</c>, or the
/// <c>.AspNetCore.Culture</c> cookie) asks for English. Only the UI culture changes; numbers and dates keep one
/// invariant format, so a figure reads the same in both languages and files parse the same way.
/// </summary>
public static class ReaderLanguage
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static void Configure(RequestLocalizationOptions options)
    {
        options.DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture, Chinese);
        options.SupportedCultures = [CultureInfo.InvariantCulture];
        options.SupportedUICultures = [Chinese, English];
        options.FallBackToParentUICultures = true;
        options.ApplyCurrentCultureToResponseHeaders = true;
    }
}
