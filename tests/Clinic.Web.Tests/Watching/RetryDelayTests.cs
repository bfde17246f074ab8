using Clinic.Web.ContentHosting;

namespace Clinic.Web.Tests.Watching;

public sealed class RetryDelayTests
{
    [Fact]
    public void Repeated_failures_wait_twice_as_long_each_time_up_to_half_a_minute_and_only_the_first_is_news()
    {
        var clock = new ManualClock();
        var retry = new RetryDelay(clock);

        var waits = new List<double>();
        var news = new List<bool>();
        for (var i = 0; i < 8; i++)
        {
            news.Add(retry.Failed());
            waits.Add(retry.Wait.TotalSeconds);
            retry.Due.Should().BeFalse("an attempt right after a failure would be a storm");
            clock.Advance(retry.Wait);
            retry.Due.Should().BeTrue();
        }

        waits.Should().Equal(1, 2, 4, 8, 16, 30, 30, 30);
        news.Should().Equal(true, false, false, false, false, false, false, false);
        retry.Succeeded().Should().BeTrue("the recovery is news");
        retry.Failing.Should().BeFalse();
        retry.Failed().Should().BeTrue("a new run of failures is news again");
        retry.Wait.Should().Be(TimeSpan.FromSeconds(1));
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset now = new(2026, 11, 21, 9, 30, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}
