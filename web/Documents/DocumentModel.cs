using System.Collections.Immutable;

namespace Laboratori.Web.Documents;

/// <summary>
/// A document for funders (verbale, relazione, Tavolo Unificato) as headings, paragraphs, facts and tables, written
/// once and rendered both as DOCX (<see cref="DocxWriter"/>) and as a printable page for PDF (<see cref="DocumentHtml"/>).
/// </summary>
/// <param name="Title">The document's title (first heading, file metadata).</param>
/// <param name="Letterhead">Lines of the header on every page: programme, fund and CUP, owner body.</param>
/// <param name="Blocks">The body, in order.</param>
public sealed record DocumentModel(string Title, ImmutableArray<string> Letterhead, ImmutableArray<DocumentBlock> Blocks);
