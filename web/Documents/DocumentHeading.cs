namespace Laboratori.Web.Documents;

/// <summary>A section heading: level 1 is a chapter, 2 a section within it.</summary>
public sealed record DocumentHeading(int Level, string Text) : DocumentBlock;
