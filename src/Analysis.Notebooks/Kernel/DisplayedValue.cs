using Analysis.Notebooks.Execution;

namespace Analysis.Notebooks.Kernel;

/// <summary>A value shown below a cell; <see cref="Update"/> replaces it in place, as VS Code saves it.</summary>
public sealed class DisplayedValue
{
    private readonly CellCapture? capture;
    private readonly int index;
    private readonly string[] mimeTypes;

    internal DisplayedValue(CellCapture? capture, int index, string[] mimeTypes)
    {
        this.capture = capture;
        this.index = index;
        this.mimeTypes = mimeTypes;
    }

    /// <summary>Replaces the shown value with a new one, in the same MIME types.</summary>
    public void Update(object? value) => capture?.Replace(index, value, mimeTypes);
}
