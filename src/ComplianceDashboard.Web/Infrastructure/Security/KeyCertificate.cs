using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ComplianceDashboard.Web.Infrastructure.Security;

/// <summary>The certificate of App:Security:KeyCertificatePath, which encrypts the Data Protection keys in the database.</summary>
public static class KeyCertificate
{
    /// <summary>Null when no path is set; a start-up error naming the setting when the file is missing, its password wrong or its private key absent.</summary>
    public static X509Certificate2? Load(SecurityOptions? settings)
    {
        if (settings?.KeyCertificatePath is not { Length: > 0 } path)
        {
            return null;
        }
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"App:Security:KeyCertificatePath: no file at '{path}'");
        }
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, settings.KeyCertificatePassword);
        }
        catch (CryptographicException ex)
        {
            throw new InvalidOperationException($"App:Security:KeyCertificatePath: '{path}' could not be opened with App:Security:KeyCertificatePassword ({ex.Message})", ex);
        }
        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new InvalidOperationException($"App:Security:KeyCertificatePath: '{path}' holds no private key, which decrypting the keys needs");
        }
        return certificate;
    }
}
