using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Web.Components.Layout;
using Microsoft.JSInterop;

namespace ComplianceDashboard.ComponentTests.Components.Layout;

public class InteractiveMarkTests : ComponentTest
{
    private readonly BunitJSModuleInterop _module;

    public InteractiveMarkTests()
    {
        _module = JSInterop.SetupModule("./lib/app/app.js");
    }

    [Fact]
    public void Marks_the_page_interactive_once()
    {
        _module.SetupVoid("markInteractive").SetVoidResult();

        var cut = Render<InteractiveMark>();
        cut.Render();

        _module.VerifyInvoke("markInteractive", calledTimes: 1);
    }

    [Fact]
    public void A_page_closed_before_it_was_marked_ends_quietly_instead_of_failing_its_circuit()
    {
        // As when a user reloads or leaves a page the moment it became interactive (seen in the browser suite's app log:
        // "Unhandled exception in circuit … JSDisconnectedException" from the layout).
        _module.SetupVoid("markInteractive").SetException(new JSDisconnectedException("the circuit has disconnected"));

        var cut = Render<InteractiveMark>();

        Assert.Empty(cut.Markup.Trim());
        _module.VerifyInvoke("markInteractive", calledTimes: 1);
    }
}
