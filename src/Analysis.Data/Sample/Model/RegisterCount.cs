namespace Analysis.Data.Sample.Model;

/// <summary>One QOF disease register: patients on it, and the list (of the register's ages) it is counted against.</summary>
internal readonly record struct RegisterCount(string Register, int Count, string ListType, int ListSize)
{
    public double Prevalence => ListSize == 0 ? 0 : (double)Count / ListSize;
}
