namespace Analysis.Interactive.Review;

/// <summary>A headed section of a review: an anchor id, its heading, and its blocks in order.</summary>
internal sealed record ReviewSection(string Id, string Heading, IReadOnlyList<ReviewBlock> Blocks);
