namespace RubricEngine.Rete;

/// <summary>The entry of a grouped aggregate: a group key and the aggregate value of its facts.</summary>
/// <typeparam name="TKey">The group key type.</typeparam>
/// <typeparam name="TValue">The aggregate value type.</typeparam>
/// <param name="Key">The group key.</param>
/// <param name="Value">The aggregate value of the group.</param>
public sealed record Group<TKey, TValue>(TKey Key, TValue Value);
