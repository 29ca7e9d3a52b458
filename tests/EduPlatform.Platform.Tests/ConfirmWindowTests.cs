using EduPlatform.Messaging;

namespace EduPlatform.Platform.Tests;

/// <summary>Which rows of a pipelined batch the relay may stamp sent, from the broker's acks and nacks.</summary>
public sealed class ConfirmWindowTests
{
    static ConfirmWindow Published(ulong firstTag, int size, int published)
    {
        var window = new ConfirmWindow(firstTag, size);
        for (var i = 0; i < published; i++)
        {
            window.Published();
        }

        return window;
    }

    [Fact]
    public void Only_the_rows_before_the_first_unacked_one_count_as_confirmed()
    {
        var window = Published(firstTag: 11, size: 5, published: 5);
        window.Ack(13, multiple: false);
        Assert.Equal(0, window.ConfirmedPrefix);
        Assert.Equal(4, window.Outstanding);

        window.Ack(11, multiple: false);
        Assert.Equal(1, window.ConfirmedPrefix);
        window.Ack(12, multiple: false);
        Assert.Equal(3, window.ConfirmedPrefix); // 13 was acked before
        Assert.False(window.AllConfirmed);
    }

    [Fact]
    public void A_multiple_ack_confirms_every_row_up_to_its_tag()
    {
        var window = Published(firstTag: 1, size: 6, published: 6);
        window.Ack(4, multiple: true);
        Assert.Equal(4, window.ConfirmedPrefix);
        Assert.Equal(2, window.Outstanding);
        window.Ack(6, multiple: true);
        Assert.True(window.AllConfirmed);
        Assert.Equal(0, window.Outstanding);
    }

    [Fact]
    public void A_nack_stops_the_prefix_even_when_later_rows_were_acked()
    {
        var window = Published(firstTag: 1, size: 5, published: 5);
        window.Ack(2, multiple: true);
        window.Ack(4, multiple: false);
        window.Ack(5, multiple: false);
        window.Nack(3, multiple: false);

        Assert.Equal(2, window.FirstNacked);
        Assert.Equal(2, window.ConfirmedPrefix); // rows 3, 4, 5 go again: 3 was refused, and order keeps 4, 5 after it
        Assert.True(window.Stopped);
    }

    [Fact]
    public void A_multiple_nack_marks_the_first_row_it_refuses()
    {
        var window = Published(firstTag: 1, size: 5, published: 4);
        window.Ack(1, multiple: false);
        window.Nack(4, multiple: true);
        Assert.Equal(1, window.FirstNacked);
        Assert.Equal(1, window.ConfirmedPrefix);
    }

    [Fact]
    public void Confirms_of_earlier_batches_and_unpublished_tags_are_ignored()
    {
        var empty = Published(firstTag: 100, size: 3, published: 0);
        empty.Ack(105, multiple: true);
        Assert.Equal(0, empty.ConfirmedPrefix);

        var window = Published(firstTag: 100, size: 3, published: 2);
        window.Ack(99, multiple: true);
        window.Ack(102, multiple: false); // not published yet
        Assert.Equal(0, window.ConfirmedPrefix);
        window.Ack(150, multiple: true); // covers what was published, no more
        Assert.Equal(2, window.ConfirmedPrefix);
        Assert.False(window.AllConfirmed);
    }

    [Fact]
    public async Task Waiting_ends_with_a_confirm_or_after_the_timeout()
    {
        var window = Published(firstTag: 1, size: 2, published: 2);
        Assert.False(await window.WaitForProgressAsync(TimeSpan.FromMilliseconds(50), CancellationToken.None));

        var waiting = window.WaitForProgressAsync(TimeSpan.FromSeconds(30), CancellationToken.None);
        window.Ack(1, multiple: false);
        Assert.True(await waiting);

        window.Fail(new IOException("connection lost"));
        Assert.True(await window.WaitForProgressAsync(TimeSpan.FromSeconds(30), CancellationToken.None));
        Assert.True(window.Stopped);
        Assert.Equal(1, window.ConfirmedPrefix);
    }

    [Fact]
    public void A_window_takes_no_more_publishes_than_its_batch()
    {
        var window = Published(firstTag: 1, size: 1, published: 1);
        Assert.Throws<InvalidOperationException>(window.Published);
    }
}
