using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Encodings.Web;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace ComplianceDashboard.Web.Features.Account;

/// <summary>
/// Sign-in posts per client address, with ASP.NET Core's rate limiter: at most
/// App:Security:SignInAttemptsPerMinute in any minute (sliding) and App:Security:SignInAttemptsPerLockoutPeriod in
/// each App:Security:LockoutMinutes. One address can thus lock only a handful of accounts per lockout period (five
/// failures lock one) instead of every account, and guesses from it are slowed; identity lockout stays as it is.
/// A refused post gets 429 with a Chinese page (English with the language cookie), a log warning and an audit row.
/// The address is the TCP peer (no forwarded headers are trusted); IPv6 addresses count per /64 network.
/// </summary>
public static class SignInRateLimit
{
    public const string AuditDetail = "登录过于频繁，已拒绝";

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services)
    {
        services.AddSingleton<AuditThrottle>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SecurityOptions>>((o, security) =>
        {
            var s = security.Value;
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(http => IsSignInPost(http.Request)
                    ? RateLimitPartition.GetSlidingWindowLimiter(ClientKey(http.Connection.RemoteIpAddress), _ => new SlidingWindowRateLimiterOptions
                    {
                        PermitLimit = s.SignInAttemptsPerMinute,
                        Window = TimeSpan.FromMinutes(1),
                        SegmentsPerWindow = 6,
                        QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(http => IsSignInPost(http.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter(ClientKey(http.Connection.RemoteIpAddress), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = s.SignInAttemptsPerLockoutPeriod,
                        Window = TimeSpan.FromMinutes(s.LockoutMinutes),
                        QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter("")));
            o.OnRejected = (context, ct) => new ValueTask(RejectAsync(context.HttpContext, context.Lease, ct));
        });
        return services;
    }

    public static bool IsSignInPost(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && string.Equals(request.Path.Value?.TrimEnd('/'), SecurityExtensions.LoginPath, StringComparison.OrdinalIgnoreCase);

    /// <summary>The address a limit counts for: IPv4 as it is (also when mapped into IPv6), IPv6 by its /64 network.</summary>
    public static string ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private static async Task RejectAsync(HttpContext http, RateLimitLease lease, CancellationToken ct)
    {
        var services = http.RequestServices;
        var minutes = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes))
            : 1;
        http.Response.Headers.RetryAfter = (minutes * 60).ToString(CultureInfo.InvariantCulture);

        var remoteIp = http.Connection.RemoteIpAddress?.ToString();
        var audit = services.GetRequiredService<AuditThrottle>().ShouldAudit(ClientKey(http.Connection.RemoteIpAddress));
        var userName = audit ? await PostedUserNameAsync(http.Request, ct) : null;
        await services.GetRequiredService<SignInService>().RateLimitedAsync(userName, remoteIp, audit);

        var l = services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var html = services.GetRequiredService<HtmlEncoder>(); // the app's encoder writes CJK as characters
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync($"""
            <!DOCTYPE html><html lang="{html.Encode(CultureInfo.CurrentUICulture.Name)}"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1.0">
            <title>{html.Encode(l["登录"])} · {html.Encode(l["清廉站所看板"])}</title></head>
            <body style="font-family:sans-serif;max-width:32rem;margin:4rem auto;padding:0 1.5rem;color:#212121">
            <h1 style="font-size:1.5rem;color:#00706b">{html.Encode(l["登录"])}</h1>
            <p role="alert" style="padding:0.75rem 1rem;border-radius:4px;background:#fdecea;color:#b71c1c">{html.Encode(l["登录尝试过于频繁，请{0}分钟后再试", minutes])}</p>
            <p>{html.Encode(l["为防止密码被猜测，同一地址短时间内的登录次数有限制。"])}</p>
            <p><a href="{SecurityExtensions.LoginPath}">{html.Encode(l["返回登录"])}</a></p>
            </body></html>
            """, ct);
    }

    /// <summary>The user name typed into the refused form (for the audit), if the body is a small form.</summary>
    private static async Task<string?> PostedUserNameAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType || request.ContentLength is null or > 16 * 1024)
        {
            return null;
        }
        try
        {
            var form = await request.ReadFormAsync(ct);
            return form["Input.UserName"].FirstOrDefault();
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
        {
            return null;
        }
    }

    /// <summary>One audit row per address per minute: a flood of refused posts must not become a flood of writes.</summary>
    public sealed class AuditThrottle(TimeProvider time)
    {
        private readonly ConcurrentDictionary<string, DateTimeOffset> _last = new(StringComparer.Ordinal);

        public bool ShouldAudit(string clientKey)
        {
            var now = time.GetUtcNow();
            if (_last.Count > 10_000)
            {
                _last.Clear();
            }
            var audit = true;
            _last.AddOrUpdate(clientKey, now, (_, last) =>
            {
                audit = now - last >= TimeSpan.FromMinutes(1);
                return audit ? now : last;
            });
            return audit;
        }
    }
}
