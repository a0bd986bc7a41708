namespace DecodingChoices.Grading.Results;

/// <summary>
/// Neutralises text for a cell of a CSV file that an instructor opens in a spreadsheet. Excel, LibreOffice and
/// Google Sheets read a cell that starts with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> (or with a tab or a carriage
/// return followed by one) as a formula: a student folder named <c>=HYPERLINK("http://…","click")</c> would become a
/// live link, or worse, in the gradebook. Prefixing such a cell with <c>'</c> makes every spreadsheet show it as text
/// (OWASP's advice on CSV injection). Numbers the grader itself writes never need it.
/// </summary>
internal static class SpreadsheetCell
{
    /// <summary>The first characters that make a spreadsheet read a cell as a formula.</summary>
    public static IReadOnlyList<char> FormulaStarts { get; } = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary><paramref name="text"/> as a cell that no spreadsheet evaluates.</summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;
}
