namespace EduPlatform.Tests;

/// <summary>
/// The real clock moved on by what a test says: a public notice of five working days passes without waiting them out.
/// Only the date and time read change; timers keep running on the system clock.
/// </summary>
public sealed class TestClock : TimeProvider
{
    TimeSpan _offset;

    public void Advance(TimeSpan by) => _offset += by;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _offset;
}
