using System.Collections;
using System.Globalization;
using System.Reflection;

namespace Analysis.Interactive;

/// <summary>
/// Any sequence as a compact table: one column per public property of its items (up to 12), or one value column for
/// numbers and text, the first rows only, and how many there are in all — never thousands of rows in a notebook.
/// </summary>
internal static class SequenceFormatter
{
    public const int Rows = 10;
    private const int Columns = 12;

    public static Sheet Sheet(IEnumerable sequence)
    {
        var type = ItemType(sequence.GetType());
        var first = new List<object?>();
        var total = 0;
        foreach (var item in sequence)
        {
            if (total < Rows)
            {
                first.Add(item);
            }

            total++;
        }

        var itemName = Name(type);
        var sheet = new Sheet(string.Create(CultureInfo.InvariantCulture, $"{itemName}: {total:#,0} {(total == 1 ? "row" : "rows")}"));
        if (total == 0)
        {
            return sheet;
        }

        var properties = CellText.IsScalar(type) || type == typeof(object)
            ? []
            : type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.CanRead).ToArray();
        Table table;
        if (properties.Length == 0)
        {
            table = new Table(itemName, "#", "Value");
            for (var i = 0; i < first.Count; i++)
            {
                table.Add(Cell.Number((i + 1).ToString(CultureInfo.InvariantCulture)), CellText.Of(first[i]));
            }
        }
        else
        {
            var shown = properties.Take(Columns).ToArray();
            table = new Table(itemName, [.. shown.Select(p => p.Name)]);
            foreach (var item in first)
            {
                table.Add([.. shown.Select(p => CellText.Of(item is null ? null : p.GetValue(item)))]);
            }

            if (properties.Length > Columns)
            {
                sheet.Line(string.Create(CultureInfo.InvariantCulture, $"{properties.Length - Columns} more properties not shown: {string.Join(", ", properties.Skip(Columns).Select(p => p.Name))}."));
            }
        }

        table.Shown(total);
        sheet.Add(table);
        return sheet;
    }

    /// <summary>The T of the IEnumerable&lt;T&gt; a type implements, or object.</summary>
    private static Type ItemType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType()!;
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0] ?? typeof(object);
    }

    private static string Name(Type type) =>
        type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">" : type.Name;
}
