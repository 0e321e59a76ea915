using ComplianceDashboard.Domain.Connections;

namespace ComplianceDashboard.Web.Features.Connections;

/// <summary>One row of the morning list: a stage due on the day or overdue.</summary>
public sealed record DailyRow(long ApplicationId, string Number, string Customer, ConnectionClass Class, int StationId, string StationName,
    bool IsKeyProject, bool IsImportantCustomer, ConnectionStage Stage, string UnitName, DateOnly? Start, DateOnly Due, StageState State, int DaysOverdue)
{
    public string Url => ConnectionUrls.Application(ApplicationId);
}

/// <summary>One application in the list, with the stage it stands at.</summary>
public sealed record ApplicationRow(long Id, string Number, string Customer, ConnectionClass Class, int StationId, string StationName, DateOnly Received,
    bool IsKeyProject, bool IsImportantCustomer, ConnectionStage? CurrentStage, int OverdueStages, DateOnly? ClosedOn);

/// <summary>An application with its clocks, pauses, call-backs and cooperation delays.</summary>
public sealed record ApplicationDetail(ConnectionApplication Application, string StationName, ClockedApplication Clocks,
    IReadOnlyList<ConnectionCallBack> CallBacks, IReadOnlyList<CooperationDelay> Delays, bool CanEdit, bool CallBackMissingAtEnergising);

public static class ConnectionUrls
{
    public static string Application(long id) => $"connections/applications/{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
