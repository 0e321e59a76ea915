using System.Text.RegularExpressions;
using ComplianceDashboard.Domain.Calendar;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Domain.Integrity;
using ComplianceDashboard.Domain.Scoring;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Evaluation;
using ComplianceDashboard.Web.Features.Jobs;
using ComplianceDashboard.Web.Features.Organisation;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ComplianceDashboard.IntegrationTests.Infrastructure.Localization;

/// <summary>SharedResource.en.resx covers every UI string, and the en satellite assembly is found at run time.</summary>
[Trait(TestDatabase.ProviderTrait, TestDatabase.Neutral)]
public partial class EnglishResourceTests
{
    [Fact]
    public void Every_UI_string_in_the_source_has_an_English_translation()
    {
        var english = UiStrings.EnglishEntries();
        var missing = UiStrings.SourceKeys().Where(k => !english.ContainsKey(k)).ToList();
        Assert.True(missing.Count == 0,
            $"{missing.Count} UI string(s) have no entry in src/ComplianceDashboard.Web/SharedResource.en.resx:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void Every_message_a_service_or_rule_gives_a_form_has_an_English_translation()
    {
        // FormErrors (and the pages' snackbars) show a service's Chinese message through the localizer: without an
        // entry the English UI shows it in Chinese; a message built with values needs its template (MessageLocalizer).
        var english = UiStrings.EnglishEntries();
        var messages = UiStrings.MessageKeys();
        Assert.Contains(messages, m => m.Message == "请选择站所" && m.Where.Contains("RecordValidator.cs", StringComparison.Ordinal)); // the scan finds them
        Assert.Contains(messages, m => m.Message == "该件已办结"); // a domain rule's
        Assert.Contains(messages, m => m.Message == "本所已有名为「{0}」的服务站点"); // $"本所已有名为「{name}」的服务站点"
        var missing = messages.Where(m => !english.ContainsKey(m.Message)).Select(m => $"{m.Where}: {m.Message}").Distinct().ToList();
        Assert.True(missing.Count == 0,
            $"{missing.Count} message(s) have no entry in src/ComplianceDashboard.Web/SharedResource.en.resx:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void The_schemes_names_the_competitions_departments_and_each_evidences_late_wording_have_an_English_translation()
    {
        // The station and item pages show them through the localizer (ItemText, MonthCellTable); a late duty in an
        // explanation is "7月台账移交记录逾期补录", month and evidence with nothing between, so each evidence has its template.
        var scheme = ComplianceDashboard.Domain.Schemes.Scheme.LoadEmbedded("QL-2022");
        var competition = ComplianceDashboard.Domain.Schemes.Scheme.LoadEmbedded("MD-2006");
        string[] names =
        [
            .. new[] { scheme, competition }.SelectMany(s => s.Level1.Select(l => l.Name).Prepend(s.Name)),
            .. new[] { scheme, competition }.SelectMany(s => s.Level1.SelectMany(l => l.Level2).Select(l => l.Name)),
            .. new[] { scheme, competition }.SelectMany(s => s.Items.Select(i => i.Name)),
            .. competition.Items.SelectMany(i => i.Departments),
            .. scheme.Obligations.Select(o => o.Name), .. scheme.Obligations.Select(o => o.Evidence),
            .. scheme.Obligations.Select(o => "{0}" + o.Evidence + "逾期补录"),
        ];
        var english = UiStrings.EnglishEntries();
        var missing = names.Distinct().Where(n => !english.ContainsKey(n)).ToList();
        Assert.True(missing.Count == 0, "No English entry for: " + string.Join("; ", missing));
    }

    [Fact]
    public void Enum_names_grade_labels_roles_and_job_labels_shown_through_the_localizer_have_an_English_translation()
    {
        string[] names =
        [
            .. Enum.GetValues<FacilityKind>().Select(ChineseNames.Of),
            .. Enum.GetValues<PostRole>().Select(ChineseNames.Of),
            .. Enum.GetValues<RecordKind>().Select(ChineseNames.Of),
            .. Enum.GetValues<EvaluationResult>().Select(ChineseNames.Of),
            .. Enum.GetValues<ObligationStatus>().Select(ChineseNames.Of),
            .. ComplianceDashboard.Domain.Schemes.Scheme.LoadEmbedded("QL-2022").GradeBands.Select(b => b.Label),
            .. Enum.GetValues<EvaluationRoundStatus>().Select(EvaluationNames.Of),
            .. Enum.GetValues<ReviewStatus>().Select(EvaluationNames.Of),
            .. Enum.GetValues<CorrectiveActionType>().Select(EvaluationNames.Of),
            .. Enum.GetValues<CorrectiveActionStatus>().Select(EvaluationNames.Of),
            "逾期",
            .. Enum.GetValues<VenueType>().Select(OrganisationNames.Of),
            .. Enum.GetValues<GroupRole>().Select(OrganisationNames.Of),
            .. Enum.GetValues<VacancyReason>().Select(OrganisationNames.Of),
            .. Enum.GetValues<DismissalGround>().Select(OrganisationNames.Of),
            .. Enum.GetValues<AppointmentStatus>().Select(OrganisationNames.Of),
            .. Roles.All,
            JobRunsQuery.TriggerLabel("nightly"), JobRunsQuery.TriggerLabel("catch-up"), JobRunsQuery.TriggerLabel("manual"),
            .. Enum.GetValues<JobRunStatus>().Select(JobRunsQuery.StatusLabel),
            .. Enum.GetValues<SignalKind>().Select(IntegritySignal.KindName),
            .. SignalText.Templates,
        ];
        var english = UiStrings.EnglishEntries();
        var missing = names.Distinct().Where(n => !english.ContainsKey(n)).ToList();
        Assert.True(missing.Count == 0, "No English for: " + string.Join("、", missing));
    }

    [Fact]
    public void English_values_are_English_and_keep_the_placeholders_of_their_Chinese_key()
    {
        var wrong = UiStrings.EnglishEntries()
            .Where(e => string.IsNullOrWhiteSpace(e.Value) || Cjk().IsMatch(e.Value)
                || !Placeholders(e.Key).SequenceEqual(Placeholders(e.Value)))
            .Select(e => $"{e.Key} = {e.Value}")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Fact]
    public void The_en_satellite_assembly_is_deployed_and_found_by_the_localizer()
    {
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "en", "ComplianceDashboard.Web.resources.dll")));
        // As registered by AddAppUi: AddLocalization() without a ResourcesPath.
        var localizer = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)
            .Create(typeof(SharedResource));

        var english = InCulture("en", () => localizer["总览"]);
        Assert.False(english.ResourceNotFound, english.SearchedLocation);
        Assert.Equal("Overview", english.Value);
        Assert.Equal("Account locked; try again in 15 minutes", InCulture("en", () => localizer["账户已锁定，请{0}分钟后再试", 15].Value));
        Assert.Equal("Overview", InCulture("en-GB", () => localizer["总览"].Value)); // parent culture fallback

        var chinese = InCulture("zh-CN", () => localizer["总览"]);
        Assert.Equal("总览", chinese.Value); // the key itself: zh-CN has no resource file
    }

    [Fact]
    public void The_ui_strings_script_prints_the_keys_the_guard_test_checks()
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("bash", ["scripts/ui-strings.sh"])
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        var scriptKeys = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(UiStrings.SourceKeys(), scriptKeys);
        Assert.True(scriptKeys.Count > 400, $"only {scriptKeys.Count} keys found");
    }

    private static T InCulture<T>(string name, Func<T> action)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(name);
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static List<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[\u3400-\u9fff\uf900-\ufaff]")]
    private static partial Regex Cjk();
}
