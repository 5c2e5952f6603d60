using System.Globalization;
using System.Text;

namespace Analysis.Data.Tests.Properties;

/// <summary>One generated row of the QOF prevalence CSV, and how each of its cells may be spelt.</summary>
internal sealed record PrevalenceRow(int Practice, string Register, int Count, string ListType, int ListSize)
{
    public const string Header = "PRACTICE_CODE,GROUP_CODE,REGISTER,PATIENT_LIST_TYPE,PRACTICE_LIST_SIZE";

    public string Code => "X" + Practice.ToString("D5", CultureInfo.InvariantCulture);

    public string[] Cells(Func<int, string> spell) => [Code, Register, spell(Count), ListType, spell(ListSize)];

    /// <summary>A CSV cell, quoted whenever it holds a delimiter, a quote, a line break or edge spaces.</summary>
    public static string Escape(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 || cell.Trim().Length != cell.Length
            ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : cell;

    public static string File(IEnumerable<string[]> rows)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var row in rows)
        {
            text.AppendJoin(',', row.Select(Escape)).Append('\n');
        }

        return text.ToString();
    }
}
