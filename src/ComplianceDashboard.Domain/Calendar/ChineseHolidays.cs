namespace ComplianceDashboard.Domain.Calendar;

/// <summary>
/// Public holidays and make-up working days (调休) of 2024–2026 from the State Council General Office notices
/// (国办发明电〔2023〕7号, 〔2024〕12号, and the notice of 2025-11-04 quoted in domain §9). The web app seeds its
/// editable holiday table from this list; later years are entered by an administrator.
/// </summary>
public static class ChineseHolidays
{
    public static IReadOnlyList<HolidayDay> All { get; } = Build();

    private static List<HolidayDay> Build()
    {
        var days = new List<HolidayDay>();
        void Off(string name, int y, int m1, int d1, int m2, int d2)
        {
            for (var d = new DateOnly(y, m1, d1); d <= new DateOnly(y, m2, d2); d = d.AddDays(1))
            {
                days.Add(new HolidayDay(d, HolidayKind.DayOff, name));
            }
        }
        void Work(string name, int y, int m, int d) => days.Add(new HolidayDay(new DateOnly(y, m, d), HolidayKind.MakeUpWorkday, name));

        // 2024
        Off("元旦", 2024, 1, 1, 1, 1);
        Off("春节", 2024, 2, 10, 2, 17); Work("春节", 2024, 2, 4); Work("春节", 2024, 2, 18);
        Off("清明节", 2024, 4, 4, 4, 6); Work("清明节", 2024, 4, 7);
        Off("劳动节", 2024, 5, 1, 5, 5); Work("劳动节", 2024, 4, 28); Work("劳动节", 2024, 5, 11);
        Off("端午节", 2024, 6, 10, 6, 10);
        Off("中秋节", 2024, 9, 15, 9, 17); Work("中秋节", 2024, 9, 14);
        Off("国庆节", 2024, 10, 1, 10, 7); Work("国庆节", 2024, 9, 29); Work("国庆节", 2024, 10, 12);
        // 2025
        Off("元旦", 2025, 1, 1, 1, 1);
        Off("春节", 2025, 1, 28, 2, 4); Work("春节", 2025, 1, 26); Work("春节", 2025, 2, 8);
        Off("清明节", 2025, 4, 4, 4, 6);
        Off("劳动节", 2025, 5, 1, 5, 5); Work("劳动节", 2025, 4, 27);
        Off("端午节", 2025, 5, 31, 6, 2);
        Off("国庆节、中秋节", 2025, 10, 1, 10, 8); Work("国庆节、中秋节", 2025, 9, 28); Work("国庆节、中秋节", 2025, 10, 11);
        // 2026 (domain §9)
        Off("元旦", 2026, 1, 1, 1, 3); Work("元旦", 2026, 1, 4);
        Off("春节", 2026, 2, 15, 2, 23); Work("春节", 2026, 2, 14); Work("春节", 2026, 2, 28);
        Off("清明节", 2026, 4, 4, 4, 6);
        Off("劳动节", 2026, 5, 1, 5, 5); Work("劳动节", 2026, 5, 9);
        Off("端午节", 2026, 6, 19, 6, 21);
        Off("中秋节", 2026, 9, 25, 9, 27); Work("中秋节", 2026, 9, 20);
        Off("国庆节", 2026, 10, 1, 10, 7); Work("国庆节", 2026, 10, 10);
        return days;
    }
}
