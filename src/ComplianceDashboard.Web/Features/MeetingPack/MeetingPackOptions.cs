using System.ComponentModel.DataAnnotations;

namespace ComplianceDashboard.Web.Features.MeetingPack;

/// <summary>The joint-meeting pack, under App:MeetingPack.</summary>
public sealed class MeetingPackOptions
{
    public const string Section = "App:MeetingPack";

    /// <summary>The issuing committee on the report's cover line (发文机关).</summary>
    [Required, StringLength(60, MinimumLength = 2)]
    public string Committee { get; set; } = "中共县供电公司纪律检查委员会";
}
