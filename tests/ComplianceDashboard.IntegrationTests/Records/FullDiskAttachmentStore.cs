using ComplianceDashboard.Web.Features.Records;
using ComplianceDashboard.Web.Infrastructure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ComplianceDashboard.IntegrationTests.Records;

public enum StoreFault
{
    None,
    /// <summary>The IOException .NET throws for ENOSPC (HResult 28, as seen on a really full tmpfs).</summary>
    DiskFull,
    /// <summary>Another I/O error (EIO, a failing drive).</summary>
    IoError,
    /// <summary>Not an I/O error at all: the service does not handle it, the page must.</summary>
    Unexpected,
}

/// <summary>
/// The real file store with a fault switch: while <see cref="Fault"/> is set the temporary file is created and half
/// of the content reaches it, then writing fails. Everything else — temporary name, fsync, rename, clean-up — is the
/// production code. <see cref="Failing"/> runs just before the failure (to look at the page while it uploads).
/// </summary>
public sealed class FullDiskAttachmentStore(IOptions<AppOptions> options, IHostEnvironment environment) : FileAttachmentStore(options, environment)
{
    public StoreFault Fault { get; set; }

    public Action? Failing { get; set; }

    protected override Stream OpenTempFile(string path)
    {
        var file = base.OpenTempFile(path);
        return Fault == StoreFault.None ? file : new FailingStream(file, Fault, Failing);
    }

    private sealed class FailingStream(Stream inner, StoreFault fault, Action? failing) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await inner.WriteAsync(buffer[..(buffer.Length / 2)], cancellationToken);
            await inner.FlushAsync(cancellationToken);
            await Task.Yield(); // as a real write to a full disk: the failure arrives after the caller has yielded (the page shows its busy state)
            failing?.Invoke();
            throw fault switch
            {
                StoreFault.DiskFull => new IOException("No space left on device", 28),
                StoreFault.IoError => new IOException("Input/output error", 5),
                _ => new InvalidOperationException("simulated bug in the attachment store"),
            };
        }

        public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }

        public override async ValueTask DisposeAsync()
        {
            await inner.DisposeAsync();
            await base.DisposeAsync();
        }
    }
}
