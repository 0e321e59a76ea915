namespace ComplianceDashboard.Domain.Connections;

/// <summary>The customer class of a 业扩 application (domain §9); it decides the stage time limits.</summary>
public enum ConnectionClass
{
    /// <summary>居民.</summary>
    Residential,
    /// <summary>低压非居民.</summary>
    LowVoltage,
    /// <summary>高压单电源.</summary>
    HighVoltageSingle,
    /// <summary>高压双电源.</summary>
    HighVoltageDual,
}

/// <summary>The ten stages of a 业扩 application, in order (domain §9).</summary>
public enum ConnectionStage
{
    /// <summary>业务受理.</summary>
    Acceptance = 1,
    /// <summary>现场勘查.</summary>
    SiteSurvey = 2,
    /// <summary>供电方案答复.</summary>
    SchemeReply = 3,
    /// <summary>业务收费.</summary>
    Charging = 4,
    /// <summary>设计审核.</summary>
    DesignReview = 5,
    /// <summary>中间检查.</summary>
    MidInspection = 6,
    /// <summary>竣工检验.</summary>
    CompletionInspection = 7,
    /// <summary>合同签订.</summary>
    Contract = 8,
    /// <summary>装表接电.</summary>
    Energising = 9,
    /// <summary>资料归档.</summary>
    Archiving = 10,
}

/// <summary>Chinese names of classes and stages (the keys of the UI's localisation and the import's cell values).</summary>
public static class ConnectionNames
{
    public static readonly IReadOnlyList<ConnectionStage> Stages = Enum.GetValues<ConnectionStage>();
    public static readonly IReadOnlyList<ConnectionClass> Classes = Enum.GetValues<ConnectionClass>();

    public static string Of(ConnectionClass c) => c switch
    {
        ConnectionClass.Residential => "居民",
        ConnectionClass.LowVoltage => "低压非居民",
        ConnectionClass.HighVoltageSingle => "高压单电源",
        ConnectionClass.HighVoltageDual => "高压双电源",
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };

    public static string Of(ConnectionStage s) => s switch
    {
        ConnectionStage.Acceptance => "业务受理",
        ConnectionStage.SiteSurvey => "现场勘查",
        ConnectionStage.SchemeReply => "供电方案答复",
        ConnectionStage.Charging => "业务收费",
        ConnectionStage.DesignReview => "设计审核",
        ConnectionStage.MidInspection => "中间检查",
        ConnectionStage.CompletionInspection => "竣工检验",
        ConnectionStage.Contract => "合同签订",
        ConnectionStage.Energising => "装表接电",
        ConnectionStage.Archiving => "资料归档",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };

    public static ConnectionClass? ClassFrom(string? text) =>
        Classes.Where(c => string.Equals(Of(c), text?.Trim(), StringComparison.Ordinal)).Select(c => (ConnectionClass?)c).FirstOrDefault();

    public static ConnectionStage? StageFrom(string? text) =>
        Stages.Where(s => string.Equals(Of(s), text?.Trim(), StringComparison.Ordinal)).Select(s => (ConnectionStage?)s).FirstOrDefault();

    public static bool IsHighVoltage(this ConnectionClass c) => c is ConnectionClass.HighVoltageSingle or ConnectionClass.HighVoltageDual;

    /// <summary>
    /// Whether the stage belongs to the class's process: 设计审核 and 中间检查 are for 高压 customers only
    /// (a low-voltage customer's installation is not designed or inspected mid-way by the company).
    /// </summary>
    public static bool Applies(this ConnectionStage stage, ConnectionClass c) =>
        c.IsHighVoltage() || stage is not (ConnectionStage.DesignReview or ConnectionStage.MidInspection);
}
