namespace Laboratori.Web.Documents;

/// <summary>One block of a <see cref="DocumentModel"/>'s body.</summary>
public abstract record DocumentBlock;
