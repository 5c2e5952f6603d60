namespace Analysis.Interactive.Review;

/// <summary>One piece of a review section, rendered the same way in Markdown and HTML.</summary>
internal abstract record ReviewBlock;
