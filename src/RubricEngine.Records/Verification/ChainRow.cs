namespace RubricEngine.Records.Verification;

/// <summary>What chain verification needs of a record: its position, links and whether its own hash holds.</summary>
/// <param name="Seq">The record's id.</param>
/// <param name="Kind">The record's kind, for messages.</param>
/// <param name="PreviousHash">The hash it links to.</param>
/// <param name="Hash">Its stored hash.</param>
/// <param name="Intact">True when the stored hash matches its fields and link.</param>
internal sealed record ChainRow(long Seq, string Kind, string PreviousHash, string Hash, bool Intact);
