using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Laboratori.Web.Documents;

/// <summary>
/// Writes a <see cref="DocumentModel"/> as a Word document (A4, Italian): the letterhead and logos in the page header,
/// page numbers in the footer, headings as Word's own heading styles (so the navigation pane and a table of contents
/// work), tables with a repeated header row.
/// </summary>
public static class DocxWriter
{
    private const long EmuPerCm = 360_000;
    private const long LogoHeight = (long)(1.4 * EmuPerCm);

    public static byte[] Write(DocumentModel model, IReadOnlyList<DocumentLogo> logos)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create();
            var header = main.AddNewPart<HeaderPart>();
            header.Header = Header(header, model, logos);
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Note }, new Justification { Val = JustificationValues.Right }),
                new Run(new Text("Pagina ") { Space = SpaceProcessingModeValues.Preserve }),
                new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " }));

            var body = new Body();
            body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Title }), TextRun(model.Title)));
            foreach (var block in model.Blocks)
            {
                body.Append(Block(block));
            }

            body.Append(new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1700, Right = 1134U, Bottom = 1134, Left = 1134U, Header = 567U, Footer = 567U, Gutter = 0U }));
            main.Document = new Document(body);
            document.PackageProperties.Title = model.Title;
            document.PackageProperties.Creator = "Laboratori di Co-progettazione";
            document.PackageProperties.Language = "it-IT";
        }

        return stream.ToArray();
    }

    private static Header Header(HeaderPart part, DocumentModel model, IReadOnlyList<DocumentLogo> logos)
    {
        var header = new Header();
        if (logos.Count > 0)
        {
            var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Note }));
            for (var i = 0; i < logos.Count; i++)
            {
                var image = part.AddImagePart(ImagePartType.Png);
                using (var data = new MemoryStream(logos[i].Png))
                {
                    image.FeedData(data);
                }

                if (i > 0)
                {
                    paragraph.Append(new Run(new Text("   ") { Space = SpaceProcessingModeValues.Preserve }));
                }

                paragraph.Append(new Run(Picture(part.GetIdOfPart(image), logos[i], (uint)(i + 1))));
            }

            header.Append(paragraph);
        }

        foreach (var line in model.Letterhead)
        {
            header.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Note }), TextRun(line)));
        }

        return header;
    }

    private static Drawing Picture(string relationshipId, DocumentLogo logo, uint id)
    {
        var width = LogoHeight * logo.Width / logo.Height;
        return new Drawing(new DW.Inline(
            new DW.Extent { Cx = width, Cy = LogoHeight },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = $"Logo {id}", Description = logo.Name },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = 0U, Name = $"logo-{id}.png" }, new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = width, Cy = LogoHeight }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U });
    }

    private static IEnumerable<OpenXmlElement> Block(DocumentBlock block) => block switch
    {
        DocumentHeading h => [new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = h.Level <= 1 ? DocxStyles.Heading1 : DocxStyles.Heading2 }), TextRun(h.Text))],
        DocumentParagraph p => [new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = p.Note ? DocxStyles.Note : DocxStyles.Normal }), TextRun(p.Text))],
        DocumentFacts f => [Table([], [.. f.Items.Select(i => (IReadOnlyList<IReadOnlyList<string>>)[[i.Key], [i.Value]])], rowHeaders: true), Spacer()],
        DocumentTable t => [Table(t.Header, [.. t.Rows.Select(r => (IReadOnlyList<IReadOnlyList<string>>)[.. r.Select(c => (IReadOnlyList<string>)c)])], t.RowHeaders), Spacer()],
        _ => [],
    };

    private static Table Table(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> rows, bool rowHeaders)
    {
        var columns = Math.Max(header.Count, rows.Count == 0 ? 1 : rows.Max(r => r.Count));
        var border = new Func<BorderType, BorderType>(b => { b.Val = BorderValues.Single; b.Size = 4U; b.Color = "9AA7B4"; return b; });
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                border(new TopBorder()), border(new LeftBorder()), border(new BottomBorder()), border(new RightBorder()),
                border(new InsideHorizontalBorder()), border(new InsideVerticalBorder())),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa }, new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa }, new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })));
        var grid = new TableGrid();
        var width = 9638 / columns;
        for (var i = 0; i < columns; i++)
        {
            grid.Append(new GridColumn { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        table.Append(grid);
        if (header.Count > 0)
        {
            var row = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
            foreach (var cell in header)
            {
                row.Append(Cell([cell], width, DocxStyles.TableHeading, "DFE8F1"));
            }

            table.Append(row);
        }

        foreach (var cells in rows)
        {
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            for (var i = 0; i < columns; i++)
            {
                var lines = i < cells.Count ? cells[i] : [];
                row.Append(rowHeaders && i == 0 ? Cell(lines, width, DocxStyles.TableHeading, "F2F5F8") : Cell(lines, width, DocxStyles.TableText, null));
            }

            table.Append(row);
        }

        return table;
    }

    private static TableCell Cell(IReadOnlyList<string> lines, int width, string style, string? fill)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (fill is not null)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        }

        var cell = new TableCell(properties);
        foreach (var line in lines.Count == 0 ? [string.Empty] : lines)
        {
            cell.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }), TextRun(line)));
        }

        return cell;
    }

    private static Paragraph Spacer() => new(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Note }));

    private static Run TextRun(string text) => new(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>What participants typed, without the control characters XML cannot hold.</summary>
    private static string Clean(string text) =>
        string.Concat(text.ReplaceLineEndings(" ").Where(c => c == '\t' || (c >= ' ' && c != '\uFFFE' && c != '\uFFFF')));
}
