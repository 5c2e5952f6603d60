namespace Analysis.Data.Sample.Reference;

/// <summary>
/// The real NHS England geography of 2022-23 (7 commissioning regions, 42 ICBs, 106 sub-ICB locations):
/// public codes and names, plus three aggregate facts per location. No practice row is embedded.
/// </summary>
/// <remarks>
/// Sources (all in ../shared/data): names and ICB membership from the PCN workforce file of September
/// 2022 (SUB_ICB_NAME, ICB_NAME); ONS codes from the January 2022 practice map (a CCG's code carried
/// over to its sub-ICB location, an STP's to its ICB); regions' payments-file names, practice counts
/// and rural shares from nhspaymentsgp-22-23-prac-csv.csv (open practices, Practice Rurality); median
/// IMD from indicator-data.csv joined on practice code. 01D and 01V are missing from the PCN file and
/// are named from the practice map's CCG names.
/// </remarks>
internal static class EnglandGeography
{
    static EnglandGeography()
    {
        Regions = RegionTable;
        var regions = RegionTable.ToDictionary(r => r.Code, StringComparer.Ordinal);
        Icbs = IcbTable.Select(i => new IcbReference(i.Code, i.OnsCode, i.Name, regions[i.Region])).ToArray();
        var icbs = Icbs.ToDictionary(i => i.Code, StringComparer.Ordinal);
        SubIcbs = SubIcbTable.Select(s => new SubIcbReference(s.Code, s.OnsCode, s.Place, icbs[s.Icb], s.Practices, s.MedianImd, s.RuralShare)).ToArray();
    }

    public static IReadOnlyList<RegionReference> Regions { get; }

    public static IReadOnlyList<IcbReference> Icbs { get; }

    public static IReadOnlyList<SubIcbReference> SubIcbs { get; }

    private static readonly RegionReference[] RegionTable =
    [
        new("Y56", "E40000003", "London", "LONDON COMMISSIONING REGION"),
        new("Y58", "E40000006", "South West", "SOUTH WEST COMMISSIONING REGION"),
        new("Y59", "E40000005", "South East", "SOUTH EAST COMMISSIONING REGION"),
        new("Y60", "E40000008", "Midlands", "MIDLANDS COMMISSIONING REGION"),
        new("Y61", "E40000007", "East of England", "EAST OF ENGLAND COMMISSIONING REGION"),
        new("Y62", "E40000010", "North West", "NORTH WEST COMMISSIONING REGION"),
        new("Y63", "E40000009", "North East and Yorkshire", "NORTH EAST AND YORKSHIRE COMM REGION"),
    ];

    private static readonly (string Code, string OnsCode, string Name, string Region)[] IcbTable =
    [
        ("QE1", "E54000048", "NHS Lancashire and South Cumbria ICB", "Y62"),
        ("QF7", "E54000009", "NHS South Yorkshire ICB", "Y63"),
        ("QGH", "E54000019", "NHS Herefordshire and Worcestershire ICB", "Y60"),
        ("QH8", "E54000026", "NHS Mid and South Essex ICB", "Y61"),
        ("QHG", "E54000024", "NHS Bedfordshire, Luton and Milton Keynes ICB", "Y61"),
        ("QHL", "E54000017", "NHS Birmingham and Solihull ICB", "Y60"),
        ("QHM", "E54000050", "NHS North East and North Cumbria ICB", "Y63"),
        ("QJ2", "E54000012", "NHS Derby and Derbyshire ICB", "Y60"),
        ("QJG", "E54000023", "NHS Suffolk and North East Essex ICB", "Y61"),
        ("QJK", "E54000037", "NHS Devon ICB", "Y58"),
        ("QJM", "E54000013", "NHS Lincolnshire ICB", "Y60"),
        ("QK1", "E54000015", "NHS Leicester, Leicestershire and Rutland ICB", "Y60"),
        ("QKK", "E54000030", "NHS South East London ICB", "Y56"),
        ("QKS", "E54000032", "NHS Kent and Medway ICB", "Y59"),
        ("QM7", "E54000025", "NHS Hertfordshire and West Essex ICB", "Y61"),
        ("QMF", "E54000029", "NHS North East London ICB", "Y56"),
        ("QMJ", "E54000028", "NHS North Central London ICB", "Y56"),
        ("QMM", "E54000022", "NHS Norfolk and Waveney ICB", "Y61"),
        ("QNC", "E54000010", "NHS Staffordshire and Stoke-on-Trent ICB", "Y60"),
        ("QNQ", "E54000034", "NHS Frimley ICB", "Y59"),
        ("QNX", "E54000053", "NHS Sussex ICB", "Y59"),
        ("QOC", "E54000011", "NHS Shropshire, Telford and Wrekin ICB", "Y60"),
        ("QOP", "E54000007", "NHS Greater Manchester ICB", "Y62"),
        ("QOQ", "E54000051", "NHS Humber and North Yorkshire ICB", "Y63"),
        ("QOX", "E54000040", "NHS Bath and North East Somerset, Swindon and Wiltshire ICB", "Y58"),
        ("QPM", "E54000020", "NHS Northamptonshire ICB", "Y60"),
        ("QR1", "E54000043", "NHS Gloucestershire ICB", "Y58"),
        ("QRL", "E54000042", "NHS Hampshire and Isle Of Wight ICB", "Y59"),
        ("QRV", "E54000027", "NHS North West London ICB", "Y56"),
        ("QSL", "E54000038", "NHS Somerset ICB", "Y58"),
        ("QT1", "E54000014", "NHS Nottingham and Nottinghamshire ICB", "Y60"),
        ("QT6", "E54000036", "NHS Cornwall and The Isles Of Scilly ICB", "Y58"),
        ("QU9", "E54000044", "NHS Buckinghamshire, Oxfordshire and Berkshire West ICB", "Y59"),
        ("QUA", "E54000016", "NHS Black Country ICB", "Y60"),
        ("QUE", "E54000021", "NHS Cambridgeshire and Peterborough ICB", "Y61"),
        ("QUY", "E54000039", "NHS Bristol, North Somerset and South Gloucestershire ICB", "Y58"),
        ("QVV", "E54000041", "NHS Dorset ICB", "Y58"),
        ("QWE", "E54000031", "NHS South West London ICB", "Y56"),
        ("QWO", "E54000054", "NHS West Yorkshire ICB", "Y63"),
        ("QWU", "E54000018", "NHS Coventry and Warwickshire ICB", "Y60"),
        ("QXU", "E54000052", "NHS Surrey Heartlands ICB", "Y59"),
        ("QYG", "E54000008", "NHS Cheshire and Merseyside ICB", "Y62"),
    ];

    // Sub-ICB location, ONS code, place, ICB; then 2022-23 open practices, median practice IMD 2019 score, rural share.
    private static readonly (string Code, string OnsCode, string Place, string Icb, int Practices, double MedianImd, double RuralShare)[] SubIcbTable =
    [
        ("00L", "E38000130", "Northumberland", "QHM", 38, 19.7, 0.51),
        ("00N", "E38000163", "South Tyneside", "QHM", 21, 33.5, 0.0),
        ("00P", "E38000176", "Sunderland", "QHM", 38, 29.7, 0.0),
        ("00Q", "E38000014", "Blackburn With Darwen", "QE1", 22, 34.8, 0.0),
        ("00R", "E38000015", "Blackpool", "QE1", 17, 39.0, 0.0),
        ("00T", "E38000016", "Bolton", "QOP", 49, 38.0, 0.0),
        ("00V", "E38000024", "Bury", "QOP", 25, 23.0, 0.0),
        ("00X", "E38000034", "Chorley and South Ribble", "QE1", 26, 18.8, 0.23),
        ("00Y", "E38000135", "Oldham", "QOP", 39, 40.9, 0.03),
        ("01A", "E38000050", "East Lancashire", "QE1", 48, 32.8, 0.1),
        ("01D", "E38000080", "Heywood, Middleton and Rochdale", "QOP", 37, 36.9, 0.0),
        ("01E", "E38000227", "Greater Preston", "QE1", 22, 25.5, 0.08),
        ("01F", "E38000068", "Halton", "QYG", 14, 33.9, 0.0),
        ("01G", "E38000143", "Salford", "QOP", 38, 35.1, 0.0),
        ("01H", "E38000215", "North Cumbria", "QHM", 35, 20.6, 0.61),
        ("01J", "E38000091", "Knowsley", "QYG", 25, 43.6, 0.0),
        ("01K", "E38000228", "Morecambe Bay", "QE1", 32, 15.4, 0.48),
        ("01T", "E38000161", "South Sefton", "QYG", 29, 37.5, 0.03),
        ("01V", "E38000170", "Southport and Formby", "QYG", 16, 18.7, 0.0),
        ("01W", "E38000174", "Stockport", "QOP", 36, 20.9, 0.03),
        ("01X", "E38000172", "St Helens", "QYG", 33, 32.6, 0.12),
        ("01Y", "E38000182", "Tameside and Glossop", "QOP", 31, 31.2, 0.0),
        ("02A", "E38000187", "Trafford", "QOP", 27, 13.2, 0.0),
        ("02E", "E38000194", "Warrington", "QYG", 26, 22.7, 0.15),
        ("02G", "E38000200", "West Lancashire", "QE1", 15, 12.5, 0.33),
        ("02H", "E38000205", "Wigan Borough", "QOP", 57, 25.9, 0.03),
        ("02M", "E38000226", "Fylde and Wyre", "QE1", 19, 15.9, 0.16),
        ("02P", "E38000006", "Barnsley", "QF7", 32, 30.8, 0.18),
        ("02Q", "E38000008", "Bassetlaw", "QF7", 9, 20.4, 0.33),
        ("02T", "E38000025", "Calderdale", "QWO", 22, 26.5, 0.09),
        ("02X", "E38000044", "Doncaster", "QF7", 38, 31.5, 0.15),
        ("02Y", "E38000052", "East Riding of Yorkshire", "QOQ", 29, 13.7, 0.33),
        ("03F", "E38000085", "Hull", "QOQ", 32, 39.8, 0.0),
        ("03H", "E38000119", "North East Lincolnshire", "QOQ", 25, 31.9, 0.04),
        ("03K", "E38000122", "North Lincolnshire", "QOQ", 19, 19.1, 0.47),
        ("03L", "E38000141", "Rotherham", "QF7", 29, 32.9, 0.14),
        ("03N", "E38000146", "Sheffield", "QF7", 76, 25.0, 0.01),
        ("03Q", "E38000188", "Vale of York", "QOQ", 25, 11.5, 0.6),
        ("03R", "E38000190", "Wakefield", "QWO", 35, 29.4, 0.17),
        ("03W", "E38000051", "East Leicestershire and Rutland", "QK1", 30, 10.2, 0.4),
        ("04C", "E38000097", "Leicester City", "QK1", 56, 29.3, 0.0),
        ("04V", "E38000201", "West Leicestershire", "QK1", 46, 13.6, 0.34),
        ("04Y", "E38000028", "Cannock Chase", "QNC", 22, 18.8, 0.14),
        ("05D", "E38000053", "East Staffordshire", "QNC", 18, 14.9, 0.39),
        ("05G", "E38000126", "North Staffordshire", "QNC", 30, 16.9, 0.27),
        ("05Q", "E38000153", "SE Staffs and Seisdon Peninsula", "QNC", 23, 16.4, 0.09),
        ("05V", "E38000173", "Stafford and Surrounds", "QNC", 14, 12.9, 0.36),
        ("05W", "E38000175", "Stoke on Trent", "QNC", 38, 33.5, 0.0),
        ("06H", "E38000026", "", "QUE", 88, 13.3, 0.4),
        ("06K", "E38000049", "East and North Hertfordshire", "QM7", 51, 13.5, 0.19),
        ("06L", "E38000086", "Ipswich and East Suffolk", "QJG", 35, 16.2, 0.41),
        ("06N", "E38000079", "Herts Valleys", "QM7", 54, 12.1, 0.05),
        ("06Q", "E38000106", "Mid Essex", "QH8", 40, 13.4, 0.45),
        ("06T", "E38000117", "North East Essex", "QJG", 32, 18.3, 0.38),
        ("07G", "E38000185", "Thurrock", "QH8", 27, 20.4, 0.19),
        ("07H", "E38000197", "West Essex", "QM7", 30, 14.4, 0.37),
        ("07K", "E38000204", "West Suffolk", "QJG", 24, 15.2, 0.46),
        ("09D", "E38000021", "Brighton and Hove", "QNX", 33, 20.9, 0.03),
        ("10Q", "E38000136", "Oxfordshire", "QU9", 67, 10.2, 0.31),
        ("10R", "E38000137", "Portsmouth", "QRL", 13, 27.1, 0.0),
        ("11J", "E38000045", "", "QVV", 73, 15.7, 0.24),
        ("11M", "E38000062", "", "QR1", 71, 13.7, 0.34),
        ("11N", "E38000089", "", "QT6", 57, 22.2, 0.6),
        ("11X", "E38000150", "", "QSL", 64, 17.8, 0.55),
        ("12F", "E38000208", "Wirral", "QYG", 47, 31.6, 0.0),
        ("13T", "E38000212", "Newcastle Gateshead", "QHM", 60, 32.5, 0.05),
        ("14L", "E38000217", "Manchester", "QOP", 83, 42.6, 0.0),
        ("14Y", "E38000223", "Buckinghamshire", "QU9", 48, 10.4, 0.27),
        ("15A", "E38000221", "Berkshire West", "QU9", 44, 10.4, 0.24),
        ("15C", "E38000222", "", "QUY", 78, 19.6, 0.05),
        ("15E", "E38000220", "", "QHL", 184, 41.0, 0.01),
        ("15F", "E38000225", "Leeds", "QWO", 91, 24.7, 0.02),
        ("15M", "E38000229", "", "QJ2", 117, 20.1, 0.27),
        ("15N", "E38000230", "", "QJK", 121, 18.0, 0.39),
        ("16C", "E38000247", "Tees Valley", "QHM", 80, 31.9, 0.1),
        ("18C", "E38000236", "", "QGH", 80, 18.0, 0.34),
        ("26A", "E38000239", "", "QMM", 105, 20.8, 0.51),
        ("27D", "E38000233", "Cheshire", "QYG", 78, 14.8, 0.2),
        ("36J", "E38000232", "Bradford District and Craven", "QWO", 62, 40.0, 0.08),
        ("36L", "E38000245", "", "QWE", 178, 14.4, 0.0),
        ("42D", "E38000241", "North Yorkshire", "QOQ", 51, 12.4, 0.55),
        ("52R", "E38000243", "Nottingham and Nottinghamshire", "QT1", 124, 25.0, 0.14),
        ("70F", "E38000248", "West Sussex", "QNX", 75, 14.0, 0.23),
        ("71E", "E38000238", "", "QJM", 84, 18.5, 0.54),
        ("72Q", "E38000244", "", "QKK", 199, 23.8, 0.0),
        ("78H", "E38000242", "", "QPM", 69, 18.4, 0.31),
        ("84H", "E38000234", "County Durham", "QHM", 61, 26.5, 0.5),
        ("91Q", "E38000237", "", "QKS", 192, 19.4, 0.3),
        ("92A", "E38000246", "", "QXU", 104, 10.1, 0.16),
        ("92G", "E38000231", "", "QOX", 89, 13.0, 0.37),
        ("93C", "E38000240", "", "QMJ", 181, 23.4, 0.0),
        ("97R", "E38000235", "East Sussex", "QNX", 52, 18.9, 0.25),
        ("99A", "E38000101", "Liverpool", "QYG", 85, 50.2, 0.0),
        ("99C", "E38000127", "North Tyneside", "QHM", 25, 20.9, 0.08),
        ("99E", "E38000007", "Basildon and Brentwood", "QH8", 35, 14.9, 0.06),
        ("99F", "E38000030", "Castle Point and Rochford", "QH8", 23, 11.4, 0.09),
        ("99G", "E38000168", "Southend", "QH8", 25, 25.1, 0.0),
        ("A3A8R", "E38000255", "", "QMF", 274, 28.1, 0.0),
        ("B2M3M", "E38000251", "", "QWU", 120, 17.8, 0.19),
        ("D2P2L", "E38000250", "", "QUA", 181, 35.1, 0.0),
        ("D4U1Y", "E38000252", "", "QNQ", 72, 11.0, 0.05),
        ("D9Y0V", "E38000253", "Hampshire, Southampton and Isle of Wight", "QRL", 131, 13.3, 0.22),
        ("M1J4Y", "E38000249", "", "QHG", 98, 18.4, 0.19),
        ("M2L0M", "E38000257", "", "QOC", 51, 18.4, 0.47),
        ("W2U3Z", "E38000256", "", "QRV", 349, 22.0, 0.0),
        ("X2C4Y", "E38000254", "Kirklees", "QWO", 65, 29.1, 0.08),
    ];
}
