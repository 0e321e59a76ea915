using AngleSharp.Dom;
using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Web.Features.Organisation;
using ComplianceDashboard.Web.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ComplianceDashboard.ComponentTests.Organisation;

/// <summary>Opens an organisation dialog the way the pages do and finds its fields by their Chinese labels.</summary>
public abstract class OrgDialogTest : ComponentTest
{
    protected IRenderedComponent<MudDialogProvider> Provider { get; }

    protected OrgDialogTest() => Provider = RenderProviders();

    /// <summary>Opens the dialog and returns the task of its result (true = saved).</summary>
    protected Task<bool> Open<TDialog>(DialogParameters<TDialog> parameters) where TDialog : IComponent
    {
        var dialogs = Services.GetRequiredService<IDialogService>();
        var saved = Provider.InvokeAsync(() => dialogs.OpenFormAsync("对话框", parameters));
        Provider.WaitForAssertion(() => Provider.Find("[data-testid=dialog-save]"));
        return saved;
    }

    /// <summary>The MudBlazor input control whose label is <paramref name="label"/>.</summary>
    protected IElement Field(string label) =>
        Provider.FindAll(".mud-input-control").Single(c => c.QuerySelector("label")?.TextContent.Trim() == label);

    /// <summary>Asserts the field shows <paramref name="message"/> as its error (red, under the field).</summary>
    protected void AssertErrorAt(string label, string message) => Provider.WaitForAssertion(() =>
    {
        var field = Field(label);
        Assert.Contains("mud-input-error", field.InnerHtml + field.ClassName, StringComparison.Ordinal);
        Assert.Contains(message, field.TextContent, StringComparison.Ordinal);
    });

    protected void AssertNoErrorAt(string label) =>
        Assert.DoesNotContain("mud-input-error", Field(label).InnerHtml + Field(label).ClassName, StringComparison.Ordinal);

    protected void ClickSave() => Provider.Find("[data-testid=dialog-save]").Click();

    /// <summary>Waits for the ConfirmDialog and answers it.</summary>
    protected void AnswerConfirmation(bool confirm)
    {
        var button = confirm ? "[data-testid=confirm-ok]" : "[data-testid=confirm-cancel]";
        Provider.WaitForAssertion(() => Provider.Find(button));
        Provider.Find(button).Click();
    }

    protected bool DialogOpen => Provider.FindAll("[data-testid=dialog-save]").Count > 0;

    /// <summary>A Save stand-in: records each input and answers with the next prepared result.</summary>
    protected sealed class FakeSave<TInput>(params CommandResult<int>[] answers)
    {
        private readonly Queue<CommandResult<int>> _answers = new(answers);

        public List<TInput> Calls { get; } = [];

        public Task<CommandResult<int>> Invoke(TInput input)
        {
            Calls.Add(input);
            return Task.FromResult(_answers.Count > 0 ? _answers.Dequeue() : CommandResult.Ok(1));
        }
    }
}
