namespace Analysis.Data.Reading;

/// <summary>The NHS publications (and parts of publications) the toolkit reads.</summary>
public enum DatasetKind
{
    /// <summary>NHS Payments to General Practice: registered and Carr-Hill weighted patients, contract, payments.</summary>
    Payments,

    /// <summary>QOF practice achievement table (points achieved out of 559 or 635).</summary>
    QofAchievement,

    /// <summary>QOF raw prevalence file: one row per practice per disease register.</summary>
    QofPrevalence,

    /// <summary>Patients Registered at a GP Practice: practice totals.</summary>
    RegisteredPatients,

    /// <summary>Patients Registered at a GP Practice: the practice to PCN, sub-ICB, ICB and region map.</summary>
    PracticeMap,

    /// <summary>Patients Registered at a GP Practice: five-year age bands by sex.</summary>
    QuinaryAge,

    /// <summary>Fingertips practice deprivation score (IMD 2019), indicator 93553.</summary>
    PracticeDeprivation,

    /// <summary>English indices of deprivation 2019, File 1: rank and decile per LSOA.</summary>
    LsoaDeprivation,

    /// <summary>ODS epraccur: every prescribing organisation, GP practices among them.</summary>
    OdsPractices,

    /// <summary>General Practice Workforce, practice level, the wide "Detailed" file.</summary>
    WorkforceDetailed,

    /// <summary>General Practice Workforce, practice level, the long "High level" file.</summary>
    WorkforceHighLevel,

    /// <summary>General Practice Workforce as an annual derived panel, one row per practice per financial year.</summary>
    WorkforceAnnual,

    /// <summary>GP Patient Survey practice results.</summary>
    PatientSurvey,

    /// <summary>Primary Care Network workforce, one row per staff member per role.</summary>
    PcnWorkforce,
}
