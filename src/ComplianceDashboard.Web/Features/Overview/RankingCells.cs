using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ComplianceDashboard.Web.Features.Overview;

/// <summary>
/// The prerendered ranking's link and grade cells as plain elements with MudLink's and GradeChip's (MudChip's) markup:
/// the table is static HTML (it is replaced by the interactive grid), so forty components per page only wrote these tags.
/// Written from C#, so the elements carry no CSS-isolation attribute, exactly as the components' elements did not.
/// </summary>
public static class RankingCells
{
    public static RenderFragment Link(string href, string name) => builder =>
    {
        builder.OpenElement(0, "a");
        builder.AddAttribute(1, "href", href);
        builder.AddAttribute(2, "class", "mud-typography mud-link mud-primary-text mud-link-underline-hover");
        builder.AddContent(3, name);
        builder.CloseElement();
    };

    /// <summary>GradeChip's text and colour in MudChip's markup (small, outlined).</summary>
    public static RenderFragment Chip(StationRanking row, string text) => builder =>
    {
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", "mud-chip-container");
        builder.AddAttribute(2, "id", $"chip-container-{Guid.NewGuid()}");
        builder.OpenElement(3, "div");
        builder.AddAttribute(4, "class", $"mud-chip mud-chip-outlined mud-chip-size-small mud-chip-color-{ColorClass(GradeChip.ColorOf(row.GradeCode))}");
        builder.AddAttribute(5, "tabindex", "-1");
        builder.AddAttribute(6, "data-grade", row.GradeCode);
        builder.OpenElement(7, "span");
        builder.AddAttribute(8, "class", "mud-chip-content");
        builder.AddContent(9, text);
        builder.CloseElement();
        builder.CloseElement();
        builder.CloseElement();
    };

    private static string ColorClass(Color color) => color switch
    {
        Color.Success => "success",
        Color.Info => "info",
        Color.Error => "error",
        _ => "default",
    };
}
