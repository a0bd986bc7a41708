using ScottPlot;
using SkiaSharp;

namespace DecodingChoices.Runner.Plots;

/// <summary>
/// The plots' font, DejaVu Sans, embedded in the runner. SkiaSharp's self-contained Linux build looks for
/// fonts only in the system's font folders; on a machine without any (a slim container, a fresh CI image)
/// every label, title and tick would silently be left out. With the font embedded, the plots render the
/// same, with their text, everywhere.
/// </summary>
internal static class PlotFonts
{
    /// <summary>The family name the plots use.</summary>
    public const string Family = "DejaVu Sans (course)";

    private static readonly Lock Gate = new();
    private static bool _registered;

    /// <summary>Makes <paramref name="plot"/> use the embedded font for all its text.</summary>
    public static void Apply(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        Register();
        plot.Font.Set(Family);
    }

    private static void Register()
    {
        lock (Gate)
        {
            if (!_registered)
            {
                Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver());
                _registered = true;
            }
        }
    }

    /// <summary>Resolves <see cref="Family"/> to the embedded regular or bold face; other names are left to the next resolver.</summary>
    private sealed class EmbeddedFontResolver : IFontResolver
    {
        private static readonly Lazy<byte[]> Regular = new(() => Read("DejaVuSans.ttf"));
        private static readonly Lazy<byte[]> Bold = new(() => Read("DejaVuSans-Bold.ttf"));

        public SKTypeface CreateTypeface(string fontName, bool bold, bool italic) =>
            fontName == Family ? SKTypeface.FromData(SKData.CreateCopy((bold ? Bold : Regular).Value)) : null!;

        public SKTypeface CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
            CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);

        private static byte[] Read(string file)
        {
            var name = $"DecodingChoices.Runner.Fonts.{file}";
            using var stream = typeof(PlotFonts).Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"The runner is missing its embedded font {name}; rebuild src/Runner.");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }
}
