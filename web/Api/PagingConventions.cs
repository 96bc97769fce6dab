namespace Laboratori.Web.Api;

/// <summary><c>WithPaging()</c>: puts a list endpoint behind <see cref="Paging"/>.</summary>
public static class PagingConventions
{
    public static TBuilder WithPaging<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(new Paging());
}
