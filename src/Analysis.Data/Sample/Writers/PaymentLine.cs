namespace Analysis.Data.Sample.Writers;

/// <summary>
/// One payment column of NHS Payments to General Practice as the sample fills it: the share of practices
/// paid anything on the line, the median £ per registered patient among those paid and the spread (the
/// interquartile range on the log scale over 1.35, i.e. a log-normal's sd), all from the 2022-23 file
/// (practices with 1,000+ patients). Lines with their own rule (Global Sum, PMS, QOF, PCN, dispensing)
/// are computed by <see cref="PaymentsWriter"/> instead.
/// </summary>
internal sealed record PaymentLine(string Header, double Share, double PerPatient, double Spread, int FromYear = 2000, int ToYear = 2100)
{
    public static IReadOnlyList<PaymentLine> Generic { get; } =
    [
        new("Childhood Vaccination and Immunisation Scheme", 0.983, 0.088, 0.43),
        new("GP Extended Hours Access", 0.046, 1.739, 1.42, ToYear: 2019),
        new("Influenza and Pneumococcal Immunisations", 0.997, 1.851, 0.61),
        new("Learning Disabilities", 0.978, 0.494, 0.65),
        new("Meningitis", 0.995, 0.271, 0.27),
        new("Minor Surgery", 0.735, 0.597, 1.09),
        new("Out Of Area in Hours Urgent Care", 0.021, 0.19, 0.65),
        new("Pertussis", 0.962, 0.034, 0.84),
        new("Rotavirus and Shingles Immunisation", 0.996, 0.255, 0.26),
        new("Services for Violent Patients", 0.014, 1.975, 1.33),
        new("Medical Assessment Reviews", 0.323, 0.006, 0.60),
        new("Weight Management Service", 0.899, 0.078, 1.10),
        new("Local Incentive Schemes", 0.999, 6.637, 1.27),
        new("Premises Payments", 0.968, 10.955, 0.61),
        new("Seniority", 0.004, 0.126, 1.0, ToYear: 2020),
        new("Doctors Retainer Scheme Payments", 0.138, 1.227, 0.85),
        new("Total Locum Allowances", 0.371, 2.195, 1.19),
        new("Appraisal - Appraiser Costs in Respect of Locums", 0.0005, 0.261, 0.5),
        new("Prolonged Study Leave", 0.0, 0, 0),
        new("PCO Admin Other", 0.858, 0.685, 0.55),
        new("Information Management and Technology", 0.106, 0.533, 1.35),
        new("Non DES Item Pneumococcal Vaccine, Childhood Immunisation Main Programme", 0.993, 0.268, 0.28),
        new("General Practice Transformation", 0.365, 1.212, 1.34),
        new("winter Access Fund", 0.464, 0.99, 1.04, FromYear: 2021, ToYear: 2022),
        new("Other Payments", 0.888, 3.257, 1.70),
    ];

    /// <summary>PCN payments go to each network's lead practice, in £ per patient of the whole network.</summary>
    public static IReadOnlyList<PaymentLine> Pcn { get; } =
    [
        new("PCN Leadership", 1, 0.48, 0.3, FromYear: 2019),
        new("PCN Support", 1, 0.565, 0.3, FromYear: 2019),
        new("PCN Extended Hours Access", 1, 0.52, 0.3, FromYear: 2019, ToYear: 2022),
        new("PCN Workforce", 1, 7.2, 0.5, FromYear: 2019),
        new("PCN Investment and impact Fund", 1, 0.88, 0.4, FromYear: 2020),
        new("PCN Care Home Premium", 1, 0.29, 0.6, FromYear: 2020),
        new("PCN Enhanced Access", 1, 0.9, 0.4, FromYear: 2023),
    ];

    public bool PaidIn(int startYear) => startYear >= FromYear && startYear <= ToYear;
}
