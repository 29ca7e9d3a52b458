using System.Text.RegularExpressions;

namespace EduPlatform.Tests;

/// <summary>
/// docs/events.md as an outside developer reads it: each "## Service (`Namespace`)" section's "### Event" headings name
/// the exchanges (Namespace:Event), and the first column of each event's table names the message's fields.
/// </summary>
static partial class EventCatalogue
{
    public sealed record Entry(string Exchange, IReadOnlyList<string> Fields);

    public static IReadOnlyList<Entry> Read()
    {
        var entries = new List<Entry>();
        string? ns = null, exchange = null;
        var fields = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(Repo.Root, "docs", "events.md")))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal) || line.StartsWith("### ", StringComparison.Ordinal))
            {
                Flush();
                var section = Namespace().Match(line);
                if (line.StartsWith("## ", StringComparison.Ordinal))
                {
                    ns = section.Success ? section.Groups[1].Value : null;
                }
                else if (ns is not null)
                {
                    exchange = $"{ns}:{line[4..].Trim()}";
                }
            }
            else if (exchange is not null && line.StartsWith("| `", StringComparison.Ordinal))
            {
                fields.AddRange(Code().Matches(line.Split('|')[1]).Select(m => m.Groups[1].Value));
            }
        }

        Flush();
        return entries;

        void Flush()
        {
            if (exchange is not null)
            {
                entries.Add(new Entry(exchange, fields.Distinct().ToList()));
            }

            (exchange, fields) = (null, []);
        }
    }

    [GeneratedRegex(@"\(`(EduPlatform\.Contracts\.[A-Za-z]+)`\)")]
    private static partial Regex Namespace();

    [GeneratedRegex("`([A-Za-z]+)`")]
    private static partial Regex Code();
}
