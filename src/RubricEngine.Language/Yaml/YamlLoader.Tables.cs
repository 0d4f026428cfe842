using RubricEngine.Language.Syntax;
using RubricEngine.Model.Diagnostics;

namespace RubricEngine.Language.Yaml;

/// <summary>Records of a list input, as mappings (one per record) or as a table of columns and rows.</summary>
internal sealed partial class YamlLoader
{
    /// <summary>Mappings become a table whose columns are the keys in order of first use; a key a record lacks is an empty cell.</summary>
    private TableSyntax ReadRecords(YList records, ListTypeSyntax type, DiagnosticPhrase what)
    {
        var columns = new List<NameSyntax>();
        var rows = new List<(YMap Record, Dictionary<string, ExpressionSyntax?> Cells)>();
        foreach (var item in records.Items)
        {
            if (YamlMapping.AsMap(_context, item, YamlPhrases.RecordOf(what)) is not { } record)
            {
                continue;
            }

            var cells = new Dictionary<string, ExpressionSyntax?>(StringComparer.Ordinal);
            foreach (var field in record.Entries)
            {
                if (YamlScalars.Name(_context, field.Key) is not { } name)
                {
                    continue;
                }

                if (!columns.Exists(c => c.Text == name.Text))
                {
                    columns.Add(name);
                }

                cells[name.Text] = Cell(field.Value, FieldType(type, name.Text), YamlPhrases.RecordField(name.Text, what));
            }

            rows.Add((record, cells));
        }

        return new TableSyntax(
            columns.ToValueArray(),
            rows.Select(r => new RowSyntax(columns.Select(c => r.Cells.GetValueOrDefault(c.Text)).ToValueArray(), r.Record.Span)).ToValueArray(),
            records.Span);
    }

    /// <summary><c>columns: [expert, market_needs]</c> and <c>rows: [[E1, 5], [E2, 4]]</c>; an empty cell means the field is absent.</summary>
    private TableSyntax? ReadTable(YamlMapping map, ListTypeSyntax type)
    {
        var columnList = map.Sequence("columns");
        if (map.Required("columns") is null || columnList is null)
        {
            return null;
        }

        var columns = columnList.Items
            .Select(c => YamlScalars.NonEmpty(_context, c, YamlPhrases.ColumnOf(map.What)) is { } s ? YamlScalars.Name(_context, s) : null)
            .OfType<NameSyntax>().ToValueArray();
        var rows = new List<RowSyntax>();
        foreach (var item in map.Sequence("rows")?.Items ?? [])
        {
            if (YamlMapping.AsList(_context, item, YamlPhrases.RowOf(map.What)) is { } row)
            {
                var cells = row.Items.Select((cell, i) => Cell(cell, i < columns.Count ? FieldType(type, columns[i].Text) : null, YamlPhrases.CellOf(map.What)));
                rows.Add(new RowSyntax(cells.ToValueArray(), row.Span));
            }
        }

        return new TableSyntax(columns, rows.ToValueArray(), map.Map.Span);
    }

    private static TypeSyntax? FieldType(ListTypeSyntax list, string field) => list.Fields.FirstOrDefault(f => f.Name.Text == field)?.Type;

    private ExpressionSyntax? Cell(YNode node, TypeSyntax? type, DiagnosticPhrase subject) => node switch
    {
        YScalar { IsNull: true } => null,
        YScalar scalar => GivenValue(scalar, type),
        _ => Wrong(node, subject),
    };

    private ExpressionSyntax? Wrong(YNode node, DiagnosticPhrase subject)
    {
        _context.WrongKind(node, subject, YamlPhrases.Value);
        return null;
    }
}
