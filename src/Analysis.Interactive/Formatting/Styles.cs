namespace Analysis.Interactive;

/// <summary>
/// The table styles every formatted value carries (a notebook output stands alone), with the comparison colours as
/// light tints of the chart palette so dark text stays readable; the words and arrows in the cells carry the meaning too.
/// </summary>
internal static class Styles
{
    public const string Better = "analysis-better";
    public const string Worse = "analysis-worse";
    public const string Similar = "analysis-similar";
    public const string Higher = "analysis-higher";
    public const string Lower = "analysis-lower";

    public const string Block =
        "<style>"
        + ".analysis-sheet{font-family:Arial,Helvetica,sans-serif;font-size:13px}"
        + ".analysis-sheet p{margin:4px 0}"
        + ".analysis-table{border-collapse:collapse;margin:6px 0}"
        + ".analysis-table caption{text-align:left;font-weight:bold;padding:4px 0}"
        + ".analysis-table th,.analysis-table td{padding:2px 8px;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}"
        + ".analysis-table thead th{border-bottom:2px solid #888}"
        + ".analysis-table .num{text-align:right;font-variant-numeric:tabular-nums}"
        + ".analysis-table tfoot td{color:#555;font-style:italic;border-bottom:none}"
        + ".analysis-better{background:#cfe3f1}"
        + ".analysis-worse{background:#f6d5c2}"
        + ".analysis-similar{background:#eeeeee}"
        + ".analysis-higher{background:#dcefff}"
        + ".analysis-lower{background:#fbe9c7}"
        + "</style>";
}
