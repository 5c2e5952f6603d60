using Microsoft.Playwright;
using Xunit;

namespace Analysis.Testing;

/// <summary>
/// Debian's Chromium, headless through Playwright (its node driver, no browser download), with one page that records
/// console errors and uncaught page errors; for tests that check a page draws. A test project using it references
/// Microsoft.Playwright itself.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    /// <summary>Where the browser must be; the tests fail, not skip, without it.</summary>
    public const string Chromium = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BrowserSession(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Errors.Add("console: " + message.Text);
            }
        };
        page.PageError += (_, error) => Errors.Add("page error: " + error);
    }

    /// <summary>The page, 1280×900.</summary>
    public IPage Page { get; }

    /// <summary>Console errors and uncaught exceptions, in the order they happened.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>Starts Chromium; fails with the install line when it is missing.</summary>
    public static async Task<BrowserSession> Open()
    {
        Assert.True(File.Exists(Chromium),
            $"{Chromium} is missing: the browser tests need Debian's Chromium. Install it as .ci/run does: apt-get update -qq && apt-get install -y -qq chromium");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        return new BrowserSession(playwright, browser, page);
    }

    /// <summary>
    /// How many distinct colours a PNG screenshot holds, counted by the browser itself (drawn on a canvas), so a blank
    /// or unstyled page (a handful of colours) can be told from a drawn one without a PNG decoder here.
    /// </summary>
    public async Task<int> DistinctColours(byte[] png)
    {
        var url = "data:image/png;base64," + Convert.ToBase64String(png);
        return await Page.EvaluateAsync<int>(
            """
            async url => {
              const image = new Image();
              image.src = url;
              await image.decode();
              const canvas = document.createElement('canvas');
              canvas.width = image.width; canvas.height = image.height;
              const context = canvas.getContext('2d');
              context.drawImage(image, 0, 0);
              const pixels = context.getImageData(0, 0, image.width, image.height).data;
              const colours = new Set();
              for (let i = 0; i < pixels.length; i += 4) colours.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
              return colours.size;
            }
            """,
            url);
    }

    /// <summary>Closes the browser and the driver.</summary>
    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
