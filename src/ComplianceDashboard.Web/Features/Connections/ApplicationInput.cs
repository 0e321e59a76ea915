using ComplianceDashboard.Domain.Connections;

namespace ComplianceDashboard.Web.Features.Connections;

/// <summary>The form's (and one import row's) view of an application; field names are the keys of the error messages.</summary>
public sealed class ApplicationInput
{
    public long? Id { get; set; }
    public string? Number { get; set; }
    public string? Customer { get; set; }
    public ConnectionClass? Class { get; set; }
    public int? StationId { get; set; }
    public bool IsKeyProject { get; set; }
    public bool IsImportantCustomer { get; set; }
    public DateTime? Received { get; set; }
    public string? ComplaintReference { get; set; }
    public string? Note { get; set; }
    public List<StageInput> Stages { get; set; } = [.. ConnectionNames.Stages.Select(s => new StageInput { Stage = s })];
    public List<PauseInput> Pauses { get; set; } = [];

    public static string StageField(ConnectionStage stage, string part) => $"{nameof(Stages)}[{(int)stage}].{part}";

    public static string PauseField(int index, string part) => $"{nameof(Pauses)}[{index}].{part}";
}

public sealed class StageInput
{
    public ConnectionStage Stage { get; set; }
    public DateTime? Start { get; set; }
    public DateTime? Finish { get; set; }
    /// <summary>"" = the station; else a department code.</summary>
    public string? Unit { get; set; }
}

public sealed class PauseInput
{
    public DateTime? From { get; set; }
    public DateTime? To { get; set; }
    public string? Reason { get; set; }
}

/// <summary>
/// The rules of an application, the same for the form and the import: required fields, dates not in the future,
/// a stage finishing on or after its start and on or after receipt, stages outside the class's process left empty,
/// responsible units from configuration, pauses with a reason and an end not before their start.
/// </summary>
public static class ApplicationRules
{
    public const int MaxNumber = 40;
    public const int MaxCustomer = 100;

    public static Dictionary<string, string> Validate(ApplicationInput input, DateOnly today, IReadOnlySet<string> departmentCodes)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var number = input.Number?.Trim() ?? "";
        if (number.Length == 0)
        {
            errors[nameof(ApplicationInput.Number)] = "请填写申请编号";
        }
        else if (number.Length > MaxNumber || number.Any(char.IsWhiteSpace))
        {
            errors[nameof(ApplicationInput.Number)] = "申请编号不能超过40个字符且不能含空格";
        }
        var customer = input.Customer?.Trim() ?? "";
        if (customer.Length == 0)
        {
            errors[nameof(ApplicationInput.Customer)] = "请填写客户名称";
        }
        else if (customer.Length > MaxCustomer)
        {
            errors[nameof(ApplicationInput.Customer)] = "客户名称不能超过100个字";
        }
        if (input.Class is null || !Enum.IsDefined(input.Class.Value))
        {
            errors[nameof(ApplicationInput.Class)] = "请选择客户类别（居民、低压非居民、高压单电源、高压双电源）";
        }
        if (input.StationId is null)
        {
            errors[nameof(ApplicationInput.StationId)] = "请选择供电所";
        }
        DateOnly? received = input.Received is { } r ? DateOnly.FromDateTime(r) : null;
        if (received is null)
        {
            errors[nameof(ApplicationInput.Received)] = "请填写受理日期";
        }
        else if (received > today)
        {
            errors[nameof(ApplicationInput.Received)] = "受理日期不能晚于今天";
        }
        if ((input.ComplaintReference?.Trim().Length ?? 0) > 200)
        {
            errors[nameof(ApplicationInput.ComplaintReference)] = "投诉编号不能超过200个字";
        }
        if ((input.Note?.Length ?? 0) > 1000)
        {
            errors[nameof(ApplicationInput.Note)] = "备注不能超过1000个字";
        }
        foreach (var stage in input.Stages)
        {
            DateOnly? start = stage.Start is { } s ? DateOnly.FromDateTime(s) : null;
            DateOnly? finish = stage.Finish is { } f ? DateOnly.FromDateTime(f) : null;
            var name = ConnectionNames.Of(stage.Stage);
            if (input.Class is { } c && !stage.Stage.Applies(c) && (start is not null || finish is not null))
            {
                errors[ApplicationInput.StageField(stage.Stage, start is not null ? nameof(StageInput.Start) : nameof(StageInput.Finish))] = $"{name}只适用于高压客户，低压和居民客户请留空";
                continue;
            }
            if (start > today)
            {
                errors[ApplicationInput.StageField(stage.Stage, nameof(StageInput.Start))] = $"{name}开始日期不能晚于今天";
            }
            else if (received is { } rec && start < rec)
            {
                errors[ApplicationInput.StageField(stage.Stage, nameof(StageInput.Start))] = $"{name}开始日期不能早于受理日期";
            }
            if (finish > today)
            {
                errors[ApplicationInput.StageField(stage.Stage, nameof(StageInput.Finish))] = $"{name}完成日期不能晚于今天";
            }
            else if (start is { } st && finish < st)
            {
                errors[ApplicationInput.StageField(stage.Stage, nameof(StageInput.Finish))] = $"{name}完成日期不能早于开始日期";
            }
            else if (received is { } rec2 && finish < rec2)
            {
                errors[ApplicationInput.StageField(stage.Stage, nameof(StageInput.Finish))] = $"{name}完成日期不能早于受理日期";
            }
            if (!string.IsNullOrWhiteSpace(stage.Unit) && !departmentCodes.Contains(stage.Unit.Trim()))
            {
                errors[ApplicationInput.StageField(stage.Stage, nameof(StageInput.Unit))] = $"{name}的责任单位不在配置的部门中";
            }
        }
        for (var i = 0; i < input.Pauses.Count; i++)
        {
            var p = input.Pauses[i];
            if (p.From is null || p.To is null)
            {
                errors[ApplicationInput.PauseField(i, nameof(PauseInput.From))] = "请填写客户原因暂停的起止日期";
            }
            else if (p.To < p.From)
            {
                errors[ApplicationInput.PauseField(i, nameof(PauseInput.To))] = "暂停结束日期不能早于开始日期";
            }
            else if (received is { } rec3 && DateOnly.FromDateTime(p.From.Value) < rec3)
            {
                errors[ApplicationInput.PauseField(i, nameof(PauseInput.From))] = "暂停开始日期不能早于受理日期";
            }
            var reason = p.Reason?.Trim() ?? "";
            if (reason.Length == 0)
            {
                errors[ApplicationInput.PauseField(i, nameof(PauseInput.Reason))] = "请填写客户原因";
            }
            else if (reason.Length > 500)
            {
                errors[ApplicationInput.PauseField(i, nameof(PauseInput.Reason))] = "客户原因不能超过500个字";
            }
        }
        return errors;
    }
}
