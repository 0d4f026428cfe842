using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Types;
using RubricEngine.Model.Values;

namespace RubricEngine.Language.Binding;

/// <summary>A list input given as a table: columns must be fields, rows must have one cell per column.</summary>
internal static class ExampleTables
{
    public static ListValue? Bind(string input, ListType list, TableSyntax table, BindingContext context)
    {
        var valid = true;
        var fields = new List<FieldDeclaration?>();
        foreach (var column in table.Columns)
        {
            var field = list.Field(column.Text);
            if (field is null)
            {
                var names = list.Fields.Select(f => f.Name);
                context.Report(DiagnosticCatalog.UnknownField, column.Span, input, column.Text, BindingContext.DidYouMean(column.Text, names));
                valid = false;
            }

            fields.Add(field);
        }

        var records = new List<RecordValue>();
        foreach (var row in table.Rows)
        {
            if (row.Cells.Count != table.Columns.Count)
            {
                context.Report(DiagnosticCatalog.TableShape, row.Span, row.Cells.Count, table.Columns.Count);
                valid = false;
                continue;
            }

            var cells = new List<KeyValuePair<string, Value>>();
            for (var i = 0; i < row.Cells.Count; i++)
            {
                if (row.Cells[i] is { } cell && fields[i] is { } field)
                {
                    var value = ExampleValues.Convert(cell, field.Type, $"{input}.{field.Name}", context, field.Range);
                    valid &= value is not null;
                    if (value is not null)
                    {
                        cells.Add(KeyValuePair.Create(field.Name, value));
                    }
                }
            }

            records.Add(new RecordValue(cells.OrderBy(c => c.Key, StringComparer.Ordinal).ToValueArray()));
        }

        return valid ? new ListValue(records.ToValueArray()) : null;
    }
}
