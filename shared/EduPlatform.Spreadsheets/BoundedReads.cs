namespace EduPlatform.Spreadsheets;

/// <summary>Counts the bytes inflated out of an .xlsx across all its parts and stops at the limit.</summary>
sealed class InflationBudget(SpreadsheetLimits limits)
{
    long _used;

    public Stream Wrap(Stream inner) => new CountingStream(inner, this);

    void Spend(int bytes)
    {
        _used += bytes;
        if (_used > limits.MaxInflatedBytes)
        {
            throw limits.UnpacksTooLarge();
        }
    }

    sealed class CountingStream(Stream inner, InflationBudget budget) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            budget.Spend(read);
            return read;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
