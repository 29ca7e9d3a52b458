using EduPlatform.Kernel;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EduPlatform.ServiceDefaults;

/// <summary>The spreadsheet upload every import endpoint takes: one .xlsx or .csv in the form field "file".</summary>
public static class Uploads
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public static async Task<Results<Ok<T>, ProblemHttpResult>> ImportAsync<T>(IFormFile? file, Func<string, byte[], Task<Outcome<T>>> import)
    {
        if (file is null || file.Length == 0)
        {
            return Problems.Validation(("file", Texts.FileRequired));
        }

        if (!Spreadsheets.SpreadsheetReader.IsSupported(file.FileName))
        {
            return Problems.Validation(("file", Texts.FileType(file.FileName)));
        }

        if (file.Length > MaxBytes)
        {
            return Problems.Validation(("file", Texts.FileSize(file.Length / 1024 / 1024, MaxBytes / 1024 / 1024)));
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer);
        return (await import(file.FileName, buffer.ToArray())).ToOk();
    }
}
