namespace ComplianceDashboard.Web.Infrastructure;

/// <summary>What every <c>Add&lt;Feature&gt;()</c> registration does the same way.</summary>
public static class FeatureRegistration
{
    /// <summary>
    /// Binds <typeparamref name="TOptions"/> to the configuration section <paramref name="section"/>, checks its data
    /// annotations, and checks them when the host starts (a bad setting stops the app at start-up, not at first use).
    /// A feature's further rules chain on the returned builder.
    /// </summary>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions>(this IHostApplicationBuilder builder, string section)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Services.AddOptions<TOptions>()
            .Bind(builder.Configuration.GetSection(section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
    }
}
