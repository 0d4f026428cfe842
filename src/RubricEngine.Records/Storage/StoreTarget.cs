using Npgsql;

namespace RubricEngine.Records.Storage;

/// <summary>What the user named as a store: a SQLite file path, or a PostgreSQL connection string or URI.</summary>
internal sealed record StoreTarget(string Text, bool IsPostgres)
{
    /// <summary>What to print for this store: the path, or the connection without its password.</summary>
    public string Display => IsPostgres ? Redacted() : Text;

    public static StoreTarget Parse(string text)
    {
        var trimmed = text.Trim();
        var postgres = trimmed.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || (trimmed.Contains('=', StringComparison.Ordinal) && HasHostKey(trimmed));
        return new StoreTarget(trimmed, postgres);
    }

    /// <summary>The Npgsql connection string; URIs (<c>postgres://user:pass@host:port/db</c>) are converted.</summary>
    public string ConnectionString()
    {
        if (!Text.Contains("://", StringComparison.Ordinal))
        {
            return Text;
        }

        var uri = new Uri(Text);
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        var user = uri.UserInfo.Split(':', 2);
        if (user[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(user[0]);
        }

        if (user.Length > 1)
        {
            builder.Password = Uri.UnescapeDataString(user[1]);
        }

        builder.Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            builder[Uri.UnescapeDataString(parts[0])] = parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : string.Empty;
        }

        return builder.ConnectionString;
    }

    private static bool HasHostKey(string text) =>
        text.Split(';').Any(part => part.Split('=', 2)[0].Trim() is var key
            && (key.Equals("Host", StringComparison.OrdinalIgnoreCase) || key.Equals("Server", StringComparison.OrdinalIgnoreCase)));

    private string Redacted()
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(ConnectionString());
            return $"postgresql {builder.Host}:{builder.Port}/{builder.Database}";
        }
        catch (ArgumentException)
        {
            return "postgresql store";
        }
    }
}
