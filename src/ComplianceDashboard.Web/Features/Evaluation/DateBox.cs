namespace ComplianceDashboard.Web.Features.Evaluation;

/// <summary>MudDatePicker works on DateTime?; the services on DateOnly?.</summary>
public static class DateBox
{
    public static DateTime? ToPicker(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);

    public static DateOnly? FromPicker(DateTime? value) => value is { } v ? DateOnly.FromDateTime(v) : null;
}
