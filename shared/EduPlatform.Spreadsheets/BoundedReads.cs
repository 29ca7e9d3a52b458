namespace EduPlatform.Spreadsheets;

/// <summary>Counts the bytes inflated out of an .xlsx across all its parts and stops at the limit.</summary>
sealed class InflationBudget(long limit)
{
    long _used;

    public Stream Wrap(Stream inner) => new CountingStream(inner, this);

    void Spend(int bytes)
    {
        _used += bytes;
        if (_used > limit)
        {
            throw new SpreadsheetLimitException(
                $"unpacks to more than {limit / 1024 / 1024} MB; a sheet may unpack to at most {limit / 1024 / 1024} MB (split the file or remove unused rows and columns)");
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
