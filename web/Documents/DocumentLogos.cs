using Microsoft.Extensions.Options;

namespace Laboratori.Web.Documents;

/// <summary>The configured logos, read once at start; a file that is missing or not a PNG stops the start with its name.</summary>
public sealed class DocumentLogos(IOptions<DocumentOptions> options, IHostEnvironment environment)
{
    private readonly Lazy<IReadOnlyList<DocumentLogo>> _logos = new(() => [.. options.Value.Logos.Select(path => Read(environment, path))]);

    public IReadOnlyList<DocumentLogo> All => _logos.Value;

    private static DocumentLogo Read(IHostEnvironment environment, string path)
    {
        var full = Path.IsPathRooted(path) ? path : Path.Combine(environment.ContentRootPath, path);
        return File.Exists(full) && DocumentLogo.FromPng(Path.GetFileNameWithoutExtension(full), File.ReadAllBytes(full)) is { } logo
            ? logo
            : throw new OptionsValidationException(DocumentOptions.SectionName, typeof(DocumentOptions), [$"Documents:Logos: {path} is not a PNG file."]);
    }
}
