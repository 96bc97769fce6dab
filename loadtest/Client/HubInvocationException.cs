namespace Laboratori.LoadTest.Client;

/// <summary>The server answered an invocation with a completion that carries an <c>error</c>, or the connection closed first.</summary>
public sealed class HubInvocationException : Exception
{
    public HubInvocationException()
    {
    }

    public HubInvocationException(string message)
        : base(message)
    {
    }

    public HubInvocationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
