using System.Security.Cryptography;
using System.Text;

namespace ComplianceDashboard.Web.Features.Demo;

/// <summary>
/// The irregularities the integrity page (台账真实性) must show, on one demo station: last year's first half-year of
/// records entered in a rush in January, just before the evaluation opens (突击补台账); one sign-in sheet attached to
/// two meetings; and two months of group-meeting minutes copied from one to the other. Only entry times, texts and
/// an attachment change: no record is added or removed, so every grade stays as it was.
/// </summary>
public static class DemoIntegrity
{
    /// <summary>The station (index in the generator) that carries them: a 合格 station, 白洋供电所 in the default county.</summary>
    public const int StationIndex = 6;

    public const string SignInSheetPath = "demo/joint-sign-in-sheet.pdf";

    /// <summary>The reused file: a small but valid PDF, written to the attachment store when the demo county is created.</summary>
    public static byte[] SignInSheet { get; } = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    private const string Minutes =
        "会议由支部书记主持，首先通报了上月驻村站点服务公开和客户意见簿答复情况。监督员反映部分台区经理回访不及时，" +
        "会议要求客户经理在一周内补做回访，并将回访结果报监督小组备案。随后讨论了业扩报装受理资料收取不规范的问题，" +
        "决定由营业厅班长牵头梳理资料清单，在站点公开栏张贴办理指南。最后布置了下月专项监督检查的重点和分工。";

    public static void Apply(DemoStationBundle bundle, DateOnly today)
    {
        var records = bundle.Records;
        var lastYear = today.Year - 1;
        var evaluationOpens = new DateOnly(today.Year, 1, 15);
        if (today > evaluationOpens)
        {
            // Backfill burst: the first half of last year entered between 5 and 12 January.
            var i = 0;
            foreach (var record in records.Where(r => r.EventDate.Year == lastYear && r.EventDate.Month <= 6).OrderBy(r => r.Id))
            {
                var entered = new DateOnly(today.Year, 1, 5 + i++ % 8).ToDateTime(new TimeOnly(15, 0)).AddHours(-8); // Shanghai → UTC
                record.CreatedAt = record.UpdatedAt = entered;
            }
        }

        var meetings = records.Where(r => r.Kind == RecordKind.GroupMeeting && r.EventDate.Year == today.Year && r.EventDate < today)
            .OrderBy(r => r.EventDate).ToList();
        if (meetings.Count >= 3)
        {
            // Copied minutes: the last-but-one month copies the month before it, with the date and head count changed.
            meetings[^3].Content = $"{meetings[^3].EventDate.Month}月{meetings[^3].EventDate.Day}日，应到5人，实到5人。" + Minutes;
            meetings[^2].Content = $"{meetings[^2].EventDate.Month}月{meetings[^2].EventDate.Day}日，应到5人，实到4人。" + Minutes;
        }

        var joint = records.Where(r => r.Kind == RecordKind.JointMeeting && r.EventDate.Year == today.Year && r.EventDate < today).OrderBy(r => r.EventDate).ToList();
        if (meetings.Count >= 1 && joint.Count >= 1)
        {
            // One sign-in sheet attached to two different meetings.
            var hash = Convert.ToHexStringLower(SHA256.HashData(SignInSheet));
            foreach (var record in new[] { meetings[0], joint[^1] })
            {
                record.Attachments.Add(new Attachment
                {
                    FileName = "签到表.pdf", ContentType = "application/pdf", Size = SignInSheet.Length, Sha256 = hash,
                    StoragePath = SignInSheetPath, UploadedAt = record.CreatedAt, UploadedBy = "demo",
                });
            }
        }
    }
}
