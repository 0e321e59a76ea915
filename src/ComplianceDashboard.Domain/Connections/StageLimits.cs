namespace ComplianceDashboard.Domain.Connections;

/// <summary>
/// Time limits in working days per stage and class (domain §9). A stage without a limit has no clock. The defaults
/// are State Grid's published commitments; the web app overrides them from configuration (App:Connections:Limits).
/// </summary>
public sealed class StageLimits
{
    private readonly Dictionary<(ConnectionStage, ConnectionClass), int> _limits;

    public StageLimits(IReadOnlyDictionary<(ConnectionStage Stage, ConnectionClass Class), int> limits)
    {
        _limits = new(limits);
    }

    /// <summary>供电方案答复 居民 3, 低压 7, 高压单电源 15, 高压双电源 30; 设计审核 高压 10; 中间检查 高压 5; 竣工检验 高压 5; 装表接电 居民 3, 其他 5.</summary>
    public static StageLimits Default { get; } = new(Defaults());

    public static Dictionary<(ConnectionStage Stage, ConnectionClass Class), int> Defaults()
    {
        var d = new Dictionary<(ConnectionStage, ConnectionClass), int>
        {
            [(ConnectionStage.SchemeReply, ConnectionClass.Residential)] = 3,
            [(ConnectionStage.SchemeReply, ConnectionClass.LowVoltage)] = 7,
            [(ConnectionStage.SchemeReply, ConnectionClass.HighVoltageSingle)] = 15,
            [(ConnectionStage.SchemeReply, ConnectionClass.HighVoltageDual)] = 30,
            [(ConnectionStage.Energising, ConnectionClass.Residential)] = 3,
            [(ConnectionStage.Energising, ConnectionClass.LowVoltage)] = 5,
            [(ConnectionStage.Energising, ConnectionClass.HighVoltageSingle)] = 5,
            [(ConnectionStage.Energising, ConnectionClass.HighVoltageDual)] = 5,
        };
        foreach (var hv in new[] { ConnectionClass.HighVoltageSingle, ConnectionClass.HighVoltageDual })
        {
            d[(ConnectionStage.DesignReview, hv)] = 10;
            d[(ConnectionStage.MidInspection, hv)] = 5;
            d[(ConnectionStage.CompletionInspection, hv)] = 5;
        }
        return d;
    }

    /// <summary>The defaults with <paramref name="overrides"/> applied (a value of 0 removes a limit).</summary>
    public static StageLimits WithOverrides(IEnumerable<KeyValuePair<(ConnectionStage Stage, ConnectionClass Class), int>> overrides)
    {
        var d = Defaults();
        foreach (var (key, value) in overrides)
        {
            if (value <= 0)
            {
                d.Remove(key);
            }
            else
            {
                d[key] = value;
            }
        }
        return new(d);
    }

    public int? For(ConnectionStage stage, ConnectionClass c) => _limits.TryGetValue((stage, c), out var days) ? days : null;

    public IReadOnlyDictionary<(ConnectionStage Stage, ConnectionClass Class), int> All => _limits;
}
