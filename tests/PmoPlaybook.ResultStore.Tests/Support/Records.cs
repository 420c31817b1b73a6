namespace PmoPlaybook.ResultStore.Tests.Support;

/// <summary>Records shaped like the app's assessment responses.</summary>
public static class Records
{
    public static ResultRecord Response(int number, string assessment = "pmo-maturity") => new(
        $"results/{assessment}/2025/2025-03-14-r{number:D4}.json",
        $$$"""{"responseId":"r{{{number:D4}}}","team":"Team {{{number}}}","answers":{"q1":{{{number % 5 + 1}}}}}""",
        $"assessment {assessment}: response r{number:D4}");
}
