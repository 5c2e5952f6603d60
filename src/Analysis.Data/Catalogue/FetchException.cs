namespace Analysis.Data.Catalogue;

/// <summary>A publication file could not be fetched; the message names the address and what to do next.</summary>
public sealed class FetchException : Exception
{
    /// <summary>Creates the exception, optionally naming the address at fault and the underlying failure.</summary>
    public FetchException(string message, Uri? url = null, Exception? inner = null)
        : base(message, inner) => Url = url;

    /// <summary>The address that failed, when one was tried.</summary>
    public Uri? Url { get; }
}
