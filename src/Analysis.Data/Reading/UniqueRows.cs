namespace Analysis.Data.Reading;

/// <summary>
/// A publication's rule for which rows may appear once only in a file, such as "one row per practice".
/// </summary>
/// <typeparam name="T">The publication's record type.</typeparam>
/// <param name="Field">The field a repeat is reported against (normally the practice code's).</param>
/// <param name="Rule">The rule in words, for the message: <c>one row per practice</c>.</param>
/// <param name="KeyOf">The record's key.</param>
/// <param name="Describe">The record's key in words, for the message: <c>practice X00001</c>.</param>
/// <param name="Owner">What a key's owner is, when an owner has several rows (<c>organisation</c>); null when it has one.</param>
internal sealed record UniqueRows<T>(string Field, string Rule, Func<T, RowKey> KeyOf, Func<T, string> Describe, string? Owner = null)
{
    public string Repeated(T record, int firstLine) =>
        $"expected {Rule}, found {Describe(record)} again " +
        (Owner is null ? $"(first on line {firstLine})" : $"(the first row for this {Owner} is on line {firstLine})");
}

/// <summary>
/// A row's key: its owner (a practice, usually) within a scope (a month or year, when rows carry one) and, for
/// publications with several rows per owner, which of them it is as a slot from 0 to 127, so a file of millions of
/// rows keeps one small entry per owner, not per row.
/// </summary>
internal readonly record struct RowKey(string Owner, int Slot = 0, int Scope = 0);
