using static Analysis.Data.Reading.LayoutTable;
using Analysis.Data.Reading;
using R = Analysis.Data.Registrations.RegisteredPatients;

namespace Analysis.Data.Registrations;

/// <summary>
/// Where each vintage of the "Patients Registered at a GP Practice" totals file
/// (<c>gp-reg-pat-prac-all.csv</c>) keeps each field. Only the commissioner columns changed when
/// CCGs became sub-ICB locations in July 2022.
/// </summary>
/// <remarks>
/// Sources of the column lists:
/// CCG: the shared real file, bristolpeteredwards/Patient-satisfaction-GP-list-size-2021 @ 0ff45b1c018edda963a127345013e3145fa28afc : gp-reg-pat-prac-all.csv (extract 01JAN2021).
/// Sub-ICB: shuc9663-source/GEOG5990_Assignment2_201929754 @ 6f2831fa78016b2906ca61c6841001d75e74a96b : gp-reg-pat-prac-all.csv (extract 2026-04-01, ISO dates).
/// </remarks>
internal static class RegisteredPatientsLayouts
{
    public const string Type = "Type";
    public const string Sex = "Sex";
    public const string Age = "Age";

    public static LayoutTable Table { get; } = new(
        DatasetKind.RegisteredPatients,
        ["CCG", "Sub-ICB"],
        Column(nameof(R.Month), "EXTRACT_DATE"),
        Column(Type, "TYPE"),
        Column(nameof(R.SubIcbCode), "CCG_CODE", "SUB_ICB_LOCATION_CODE"),
        Column(nameof(R.Practice), "CODE"),
        Column(nameof(R.Postcode), "POSTCODE"),
        Column(Sex, "SEX"),
        Column(Age, "AGE"),
        Column(nameof(R.Patients), "NUMBER_OF_PATIENTS"));
}
