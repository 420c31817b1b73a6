namespace PmoPlaybook.Templates.Tests;

/// <summary>Template sources shaped like the playbook's real register and document templates.</summary>
internal static class TestSources
{
    private static readonly string[] Scale = ["1", "2", "3", "4", "5"];

    public static TemplateSource RiskRegister(IReadOnlyDictionary<string, TemplateColumn>? columns = null) => new(
        Title: "Risk register",
        Version: "2.1",
        Language: "en",
        Summary: "Track project risks, who owns them and how serious they are.",
        Markdown: """
            ## How to use

            Add one row per risk. **Score** is *Likelihood* × *Impact* and is calculated for you.

            | ID | Risk | Owner | Likelihood | Impact | Score | Status |
            |----|------|-------|------------|--------|-------|--------|
            | R-001 | Key supplier misses the delivery date | Anna | 3 | 4 | 12 | Open |
            | R-002 | =cmd\|' /C calc'!A0 | Erik | 2 | 5 | 10 | Mitigating |
            | 007 | Budget cut after the steering group review | Maria | 1 | 5 | 5 | Closed |

            ## Scales

            | Value | Likelihood | Impact |
            |-------|------------|--------|
            | 1 | Rare | Negligible |
            | 5 | Almost certain | Severe |
            """,
        Columns: columns ?? new Dictionary<string, TemplateColumn>
        {
            ["Likelihood"] = new(Scale, null),
            ["Impact"] = new(Scale, null),
            ["Score"] = new(null, "Likelihood * Impact"),
            ["Status"] = new(["Open", "Mitigating", "Closed"], null),
        });

    public static TemplateSource Wsjf() => new(
        Title: "WSJF prioritisation",
        Version: "1.0",
        Language: "sv",
        Summary: "Rangordna features efter Weighted Shortest Job First.",
        Markdown: """
            | Feature | Business value | Time criticality | Risk reduction | Cost of delay | Job size | WSJF |
            |---|---|---|---|---|---|---|
            | Single sign-on | 8 | 5 | 3 | 16 | 5 | 3,2 |
            """,
        Columns: new Dictionary<string, TemplateColumn>
        {
            ["WSJF"] = new(null, "Cost of delay / Job size"),
            ["Cost of delay"] = new(null, "Business value + Time criticality + Risk reduction"),
            ["Job size"] = new(["1", "2", "3", "5", "8", "13", "20"], null),
        });

    /// <summary>A Swedish register with dates, grouped and decimal numbers, a band computed from a score and a half-filled example.</summary>
    public static TemplateSource SwedishRegister(string score = "16") => new(
        Title: "Riskregister",
        Version: "1.1",
        Language: "sv",
        Summary: "Riskerna i satsningen.",
        Markdown: $"""
            Inledning.

            | Id | Risk | Upptäckt | Sannolikhet | Konsekvens | Poäng | Nivå | Kostnad (tkr) | Nästa översyn |
            | --- | --- | --- | --- | --- | --- | --- | --- | --- |
            | R-01 | Leverantören har inte byggt gränssnittet förut och kan bli sen, vilket skjuter upp testerna | 2025-04-02 | 4 | 4 | {score} | Hög | 1 200 | 2025-05-09 |
            | R-02 | Ekonomi är upptagen med bokslutet | 2025-04-10 | | | | | 2,5 | |
            """,
        Columns: new Dictionary<string, TemplateColumn>
        {
            ["Sannolikhet"] = new(Scale, null),
            ["Konsekvens"] = new(Scale, null),
            ["Poäng"] = new(null, "Sannolikhet * Konsekvens"),
            ["Nivå"] = new(null, "IF(Poäng >= 20, \"Kritisk\", IF(Poäng >= 10, \"Hög\", IF(Poäng >= 5, \"Medel\", \"Låg\")))"),
        },
        BodyLine: 12);

    public static TemplateSource Document() => new(
        Title: "Project charter",
        Version: "3.0",
        Language: "en",
        Summary: "Agree on why the project exists, what it delivers and who decides.",
        Markdown: """
            # Charter

            Fill in each section with the **sponsor**. Keep it *short*; use `N/A` where a section does not apply.
            See [the roles page](../roles/sponsor.md) and [PMI](https://www.pmi.org/).

            ## Background

            - Why now?
              - What happens if we wait?
            - Who asked for it?

            ## Steps

            1. Draft the charter
            2. Review with the team
            3. Sign off

            Then, once signed:

            4. Restarted list starting at four

            ## Checklist

            - [ ] Sponsor named
            - [x] Budget agreed

            > A charter is a promise, not a plan.
            >
            > > Quoted twice.

            ## Stakeholders

            | Name | Role | Influence |
            |:-----|:----:|----------:|
            | Anna | Sponsor | **High** |
            | Erik | Team lead | Medium |

            ---

            ```
            status: draft
            ```

            Footnote text.[^1] ~~Old~~ text and ==marked== text.

            [^1]: A footnote.
            """,
        Columns: new Dictionary<string, TemplateColumn>());
}
