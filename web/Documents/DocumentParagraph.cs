namespace Laboratori.Web.Documents;

/// <summary>A paragraph of running text; <see cref="Note"/> prints it smaller, as a note on what precedes it.</summary>
public sealed record DocumentParagraph(string Text, bool Note = false) : DocumentBlock;
