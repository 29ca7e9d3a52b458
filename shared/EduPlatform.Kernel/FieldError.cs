namespace EduPlatform.Kernel;

/// <summary>A field error in a request or an import row (row 0 = not a row).</summary>
public sealed record FieldError(string Field, string Message, int Row = 0);
