namespace Laboratori.Web.Exports;

/// <summary>How action statuses read in documents (Italian, the language of the documents).</summary>
public static class ActionStatusNames
{
    public static string Italian(string status) => status switch
    {
        "in_corso" => "In corso",
        "fatto" => "Fatto",
        "bloccato" => "Bloccato",
        _ => "Da avviare",
    };
}
