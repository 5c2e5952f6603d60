namespace Analysis.Interactive.Review;

/// <summary>A paragraph of plain text.</summary>
internal sealed record ReviewParagraph(string Text) : ReviewBlock;
