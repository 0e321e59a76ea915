using MudBlazor;

namespace ComplianceDashboard.Web.Components.Mud;

/// <summary>The one theme: State Grid teal, CJK system fonts (served locally, nothing fetched), compact density.</summary>
public static class AppTheme
{
    private static readonly string[] Fonts =
        ["Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "Helvetica Neue", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#00706b",
            PrimaryDarken = "#005a56",
            PrimaryLighten = "#4f9e9a",
            Secondary = "#1565c0",
            AppbarBackground = "#00706b",
            AppbarText = "#ffffff",
            Success = "#2e7d32",
            Warning = "#f9a825",
            Error = "#c62828",
            Info = "#1565c0",
            Background = "#f5f7f7",
            DrawerBackground = "#ffffff",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = Fonts, FontSize = "0.9rem" },
            H4 = new H4Typography { FontFamily = Fonts, FontSize = "1.5rem", FontWeight = "600" },
            H5 = new H5Typography { FontFamily = Fonts, FontSize = "1.25rem", FontWeight = "600" },
            H6 = new H6Typography { FontFamily = Fonts, FontSize = "1.05rem", FontWeight = "600" },
            Button = new ButtonTypography { FontFamily = Fonts, TextTransform = "none" },
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "220px" },
    };
}
