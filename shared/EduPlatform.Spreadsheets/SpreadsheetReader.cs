namespace EduPlatform.Spreadsheets;

/// <summary>Picks the reader by file name (.xlsx or .csv).</summary>
public static class SpreadsheetReader
{
    public static bool IsSupported(string fileName) =>
        fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    public static SpreadsheetTable Read(string fileName, byte[] content, SpreadsheetLimits? limits = null)
    {
        if (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            using var stream = new MemoryStream(content);
            return XlsxReader.Read(stream, limits);
        }

        if (fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return CsvReader.Read(content, limits);
        }

        throw new InvalidDataException(Texts.NotASheet(fileName));
    }
}
