namespace EduPlatform.Tests;

static class Eventually
{
    /// <summary>Polls until the condition holds; fails with the last observed value's description when time runs out.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> observe, Func<T, bool> done, TimeSpan timeout, Func<T, string> describe)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var value = await observe();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"not reached within {timeout.TotalSeconds:0} s: {describe(value)}");
            }

            await Task.Delay(250);
        }
    }
}
