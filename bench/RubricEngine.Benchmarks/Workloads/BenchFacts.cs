namespace RubricEngine.Benchmarks.Workloads;

public sealed class Reading(int id, string code, int value)
{
    public int Id { get; } = id;

    public string Code { get; } = code;

    public int Value { get; } = value;
}

public sealed class Left(int id, int key)
{
    public int Id { get; } = id;

    public int Key { get; } = key;
}

public sealed class Right(int id, int key)
{
    public int Id { get; } = id;

    public int Key { get; } = key;
}

public sealed class Owner(int id)
{
    public int Id { get; } = id;
}

public sealed class Item(int id, int ownerId, decimal amount)
{
    public int Id { get; } = id;

    public int OwnerId { get; } = ownerId;

    public decimal Amount { get; } = amount;
}
