namespace RubricEngine.Rete.Tests;

public sealed record Customer(int Id, string Name, bool Preferred = false);

public sealed record Order(int Id, int CustomerId, decimal Amount);

public sealed record Discount(int CustomerId, decimal Percent);

public sealed record Activity(int Id, string Code, decimal Value);

public sealed record Flag(string Name);

public sealed record Counter(int Value);

public enum Sector
{
    Energy,
    Transport,
    Buildings,
}

public sealed record Project(int Id, Sector Sector, int? Rating, string? Region);
