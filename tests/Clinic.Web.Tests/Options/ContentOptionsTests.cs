using Clinic.Content;
using Clinic.Web.ContentHosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Clinic.Web.Tests.Options;

/// <summary>The site's content options come from configuration, are completed from the environment, and are checked at start-up.</summary>
public sealed class ContentOptionsTests
{
    [Fact]
    public void Options_are_bound_from_the_Content_section_and_the_policy_comes_from_the_environment()
    {
        using var site = new SiteFactory(RepositoryRoot.Content) { Settings = { ["Content:Watch"] = "false", ["Content:QuietPeriod"] = "00:00:00.250" } };

        var options = site.Services.GetRequiredService<IOptions<ContentOptions>>().Value;

        options.Root.Should().Be(RepositoryRoot.Content);
        options.Watch.Should().BeFalse();
        options.QuietPeriod.Should().Be(TimeSpan.FromMilliseconds(250));
        options.Policy.Should().Be(PublicationPolicy.Production);
        options.ShowProblems.Should().BeFalse();
        site.Services.GetRequiredService<ContentOptions>().Should().BeSameAs(options);
    }

    [Fact]
    public void A_configuration_cannot_switch_on_the_preview_in_production()
    {
        using var site = new SiteFactory(RepositoryRoot.Content) { Settings = { ["Content:Watch"] = "false", ["Content:ShowProblems"] = "true", ["Content:LiveReload"] = "true" } };

        var options = site.Services.GetRequiredService<ContentOptions>();

        options.ShowProblems.Should().BeFalse();
        options.LiveReload.Should().BeFalse();
    }

    [Fact]
    public void Invalid_timings_stop_the_site_at_start_up_naming_the_setting()
    {
        using var site = new SiteFactory(RepositoryRoot.Content) { Settings = { ["Content:Watch"] = "false", ["Content:QuietPeriod"] = "00:00:05", ["Content:MaxDelay"] = "00:00:01" } };

        var start = () => site.Services.GetRequiredService<ContentOptions>();

        start.Should().Throw<OptionsValidationException>().WithMessage("*Content:MaxDelay*");
    }
}
