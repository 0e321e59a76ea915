using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;

namespace ComplianceDashboard.IntegrationTests.Infrastructure.Security;

/// <summary>
/// The Data Protection keys in the database sign the cookies and antiforgery tokens: with App:Security:KeyCertificatePath
/// they are stored encrypted, and only a server with the same certificate file can use them.
/// </summary>
public sealed class DataProtectionKeyTests : IDisposable
{
    private const string Password = "证书密码-2026";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cd-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task With_a_key_certificate_the_keys_are_stored_encrypted_and_only_a_server_with_the_same_file_accepts_the_sign_in()
    {
        Directory.CreateDirectory(_folder);
        var certificate = Path.Combine(_folder, "keys.pfx");
        using (var selfSigned = SelfSigned())
        {
            await File.WriteAllBytesAsync(certificate, selfSigned.Export(X509ContentType.Pfx, Password));
        }
        var appFolder = Path.Combine(_folder, "app");
        var cookies = new CookieContainer();

        using (var a = new KeyCertificateApp(appFolder, certificate))
        {
            using var onA = a.CreateDefaultClient(a.ClientOptions.BaseAddress, new CookieContainerHandler(cookies));
            Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostLoginAsync(onA, "kaoping", TestApp.DemoPassword)).StatusCode);
            await using var db = a.CreateDbContext();
            var key = Assert.Single(await db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
            Assert.Contains("<encryptedSecret", key, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", key, StringComparison.Ordinal); // the unencrypted form's secret
        }

        // The server started again (or a second server) with the same file reads the key: still signed in.
        using (var b = new KeyCertificateApp(appFolder, certificate))
        {
            using var onB = b.CreateDefaultClient(b.ClientOptions.BaseAddress, new CookieContainerHandler(cookies));
            Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync("/stations")).StatusCode);
        }

        // Without it, the key in the database is of no use: the cookie is not accepted.
        using (var c = new KeyCertificateApp(appFolder, certificate: null))
        {
            using var onC = c.CreateDefaultClient(c.ClientOptions.BaseAddress, new CookieContainerHandler(cookies));
            var response = await onC.GetAsync("/stations");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_missing_file_a_wrong_password_or_no_private_key_stops_the_start_with_a_message_naming_the_setting()
    {
        Directory.CreateDirectory(_folder);
        var missing = Path.Combine(_folder, "missing.pfx");
        var notFound = Assert.Throws<InvalidOperationException>(() => KeyCertificate.Load(new SecurityOptions { KeyCertificatePath = missing }));
        Assert.Equal($"App:Security:KeyCertificatePath: no file at '{missing}'", notFound.Message);

        var publicOnly = Path.Combine(_folder, "public.pfx");
        using (var selfSigned = SelfSigned())
        {
            using var withoutKey = X509CertificateLoader.LoadCertificate(selfSigned.RawData);
            await File.WriteAllBytesAsync(publicOnly, withoutKey.Export(X509ContentType.Pfx, Password));
        }
        var noKey = Assert.Throws<InvalidOperationException>(() => KeyCertificate.Load(new SecurityOptions { KeyCertificatePath = publicOnly, KeyCertificatePassword = Password }));
        Assert.Contains("no private key", noKey.Message, StringComparison.Ordinal);
        var wrongPassword = Assert.Throws<InvalidOperationException>(() => KeyCertificate.Load(new SecurityOptions { KeyCertificatePath = publicOnly, KeyCertificatePassword = "wrong" }));
        Assert.StartsWith($"App:Security:KeyCertificatePath: '{publicOnly}' could not be opened with App:Security:KeyCertificatePassword", wrongPassword.Message, StringComparison.Ordinal);
        Assert.Null(KeyCertificate.Load(new SecurityOptions()));
    }

    /// <summary>What the README's openssl line makes: a self-signed certificate with its RSA key.</summary>
    private static X509Certificate2 SelfSigned()
    {
        using var rsa = RSA.Create(2048);
        return new CertificateRequest("CN=ComplianceDashboard keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(5));
    }

    public void Dispose()
    {
        if (TestDatabase.IsPostgreSql)
        {
            TestDatabase.Drop(TestDatabase.NameFor(Path.Combine(_folder, "app")));
        }
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    /// <summary>The app over <paramref name="folder"/> (kept between starts), with or without the key certificate.</summary>
    private sealed class KeyCertificateApp(string folder, string? certificate) : TestApp(folder)
    {
        protected override bool KeepDatabase => true;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (certificate is not null)
            {
                builder.UseSetting("App:Security:KeyCertificatePath", certificate);
                builder.UseSetting("App:Security:KeyCertificatePassword", Password);
            }
        }
    }
}
