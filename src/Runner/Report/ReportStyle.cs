namespace DecodingChoices.Runner.Report;

/// <summary>
/// The report's stylesheet, inline so the file stands alone. The screen rules make it readable in a browser;
/// the <c>@media print</c> rules are for "Print → Save as PDF", the tutorial's submission: each section starts
/// a new page, the navigation is not printed, code wraps instead of running off the page, plots are scaled to
/// the page's width, and nothing (a table row, a figure, a code block's heading) is cut across two pages.
/// </summary>
internal static class ReportStyle
{
    /// <summary>The contents of the report's <c>&lt;style&gt;</c> element.</summary>
    public const string Css = """
        body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; color: #222; }
        h1 { font-size: 1.6rem; margin-bottom: .3rem; } h2 { border-bottom: 1px solid #ccc; padding-bottom: .2rem; margin-top: 2rem; }
        h3 { font-size: 1.05rem; margin: 1.2rem 0 .3rem; } h3 code { font-weight: normal; color: #555; font-size: .85rem; }
        .meta { margin: 0 0 1rem; } .meta dt { float: left; clear: left; width: 5rem; color: #555; } .meta dd { margin: 0 0 .1rem 5rem; }
        nav { background: #f6f8fa; border: 1px solid #ddd; padding: .4rem .8rem; font-size: .9rem; }
        nav a { margin-right: 1rem; color: #0969da; text-decoration: none; }
        table { border-collapse: collapse; margin: .5rem 0; } td, th { border: 1px solid #ccc; padding: .25rem .6rem; text-align: left; vertical-align: top; }
        pre { background: #f6f8fa; border: 1px solid #e1e4e8; padding: .75rem; overflow-x: auto; font-size: .8rem; line-height: 1.35; white-space: pre-wrap; overflow-wrap: anywhere; }
        code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; }
        pre.code .k { color: #0000c0; font-weight: bold; } pre.code .s { color: #a31515; } pre.code .c { color: #008000; font-style: italic; } pre.code .n { color: #098658; }
        .missing { color: #cf222e; }
        .done { color: #1a7f37; } .failing { color: #cf222e; } .notstarted { color: #777; }
        .note { background: #fff8c5; padding: .5rem .75rem; border-left: 4px solid #d4a72c; }
        figure { margin: 1rem 0; break-inside: avoid; page-break-inside: avoid; } figure img { max-width: 100%; height: auto; border: 1px solid #ddd; }
        figcaption { font-size: .9rem; color: #555; }
        .answers { border-left: 4px solid #0969da; padding-left: 1rem; }
        .answers h1 { font-size: 1.2rem; } .answers h2 { font-size: 1.05rem; border: none; margin-top: 1rem; }
        @media print {
          @page { size: A4; margin: 15mm 14mm; }
          body { margin: 0; max-width: none; padding: 0; font-size: 10.5pt; }
          nav { display: none; }
          section + section { break-before: page; page-break-before: always; }
          h2 { margin-top: 0; }
          h2, h3 { break-after: avoid; page-break-after: avoid; }
          pre { font-size: 8pt; white-space: pre-wrap; overflow: visible; overflow-wrap: anywhere; word-break: break-word; }
          pre.code { background: none; }
          tr, figure, .answers p { break-inside: avoid; page-break-inside: avoid; }
          figure img { max-width: 100%; max-height: 105mm; width: auto; height: auto; }
          a { color: inherit; text-decoration: none; }
        }
        """;
}
