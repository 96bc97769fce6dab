using DocumentFormat.OpenXml.Wordprocessing;

namespace Laboratori.Web.Documents;

/// <summary>The few paragraph styles the documents use, defined once (Word's own ids, so headings are headings).</summary>
public static class DocxStyles
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Note = "Nota";
    public const string TableText = "TestoTabella";
    public const string TableHeading = "IntestazioneTabella";

    private const string Accent = "1F4E79";

    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" },
                new FontSize { Val = "21" }, new FontSizeComplexScript { Val = "21" }, new Languages { Val = "it-IT" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "80", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
        Style(Normal, "Normal", null, null, null, isDefault: true),
        Style(Title, "Title", new StyleParagraphProperties(new SpacingBetweenLines { After = "200" }), Run(true, Accent, 34), null),
        Style(Heading1, "heading 1", new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "280", After = "100" }, new OutlineLevel { Val = 0 }), Run(true, Accent, 28), null),
        Style(Heading2, "heading 2", new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "200", After = "80" }, new OutlineLevel { Val = 1 }), Run(true, Accent, 24), null),
        Style(Note, "Nota", new StyleParagraphProperties(new SpacingBetweenLines { After = "40" }), Run(false, "555555", 17), null),
        Style(TableText, "Testo tabella", new StyleParagraphProperties(new SpacingBetweenLines { After = "40", Line = "240", LineRule = LineSpacingRuleValues.Auto }), Run(false, null, 18), null),
        Style(TableHeading, "Intestazione tabella", new StyleParagraphProperties(new SpacingBetweenLines { After = "40", Line = "240", LineRule = LineSpacingRuleValues.Auto }), Run(true, null, 18), null));

    private static Style Style(string id, string name, StyleParagraphProperties? paragraph, StyleRunProperties? run, string? basedOn, bool isDefault = false)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        if (!isDefault)
        {
            style.Append(new BasedOn { Val = basedOn ?? Normal });
            style.Append(new PrimaryStyle());
        }

        if (paragraph is not null)
        {
            style.Append(paragraph);
        }

        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }

    private static StyleRunProperties Run(bool bold, string? colour, int halfPoints)
    {
        var run = new StyleRunProperties();
        if (bold)
        {
            run.Append(new Bold());
        }

        if (colour is not null)
        {
            run.Append(new Color { Val = colour });
        }

        run.Append(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        run.Append(new FontSizeComplexScript { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return run;
    }
}
