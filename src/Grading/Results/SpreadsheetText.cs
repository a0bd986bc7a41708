namespace DecodingChoices.Grading.Results;

/// <summary>
/// Makes untrusted text safe for a CSV cell that an instructor opens in Excel, LibreOffice or Google Sheets.
/// A cell that starts with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> is read as a formula (a student folder named
/// <c>=HYPERLINK("http://…","grade")</c> becomes a live link), and a leading tab or carriage return can
/// hide such a start; OWASP's "CSV injection" advice is to prefix those cells with <c>'</c>, which spreadsheets
/// show as text and do not display. Quoting the cell is not enough: quotes are CSV syntax, gone once parsed.
/// </summary>
internal static class SpreadsheetText
{
    /// <summary>The first characters that make a spreadsheet read a cell as a formula.</summary>
    public static IReadOnlyList<char> FormulaStarts { get; } = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary><paramref name="cell"/>, with <c>'</c> in front when it would start a formula.</summary>
    public static string Neutralised(string cell) =>
        cell.Length > 0 && FormulaStarts.Contains(cell[0]) ? "'" + cell : cell;
}
