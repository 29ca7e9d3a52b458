using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace EduPlatform.ServiceDefaults;

/// <summary>Downloads (exports) in the API document: 200 with a file of the given media type.</summary>
public static class FileDownloads
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string GeoJson = "application/geo+json";

    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder builder, string contentType) =>
        builder.Produces(StatusCodes.Status200OK, typeof(Stream), contentType);
}
