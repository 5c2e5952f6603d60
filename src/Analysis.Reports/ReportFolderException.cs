namespace Analysis.Reports;

/// <summary>The output folder cannot take the site: it exists and holds something other than a report this toolkit wrote.</summary>
public sealed class ReportFolderException(string message) : IOException(message);
