using PmoPlaybook.Assessments.Dashboard;
using PmoPlaybook.Assessments.Responses;

namespace PmoPlaybook.Assessments.Tests;

public class AssessmentOverviewTests
{
    private static readonly Definitions.AssessmentDefinition Definition = SampleDefinition.Read();
    private static readonly DateTimeOffset Monday = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A response whose alpha answers are all <paramref name="alpha"/> and beta answers all <paramref name="beta"/>.</summary>
    private static AssessmentResponse Response(string team, int days, int? alpha, int? beta, string? id = null) =>
        AssessmentResponse.Create(Definition,
            new ValidResponse(team, "Sponsor", "en", new Dictionary<string, int?>
            {
                ["alpha-one"] = alpha,
                ["alpha-two"] = alpha,
                ["alpha-three"] = alpha,
                ["beta-one"] = beta,
                ["beta-two"] = beta,
            }, null),
            id ?? ResponseId.New(), Monday.AddDays(days));

    [Fact]
    public void Each_team_shows_its_latest_result_and_how_often_it_answered()
    {
        var overview = AssessmentOverview.Build(Definition,
        [
            Response("Heron", 0, 1, 1),
            Response("heron ", 7, 3, 4),
            Response("Falcon", 2, 5, 2),
            Response("HERON", 3, 2, 2),
        ]);

        Assert.Equal(["falcon", "heron"], overview.Teams.Select(t => t.TeamKey));
        var heron = overview.Teams[1];
        Assert.Equal("heron", heron.Team);
        Assert.Equal(3, heron.Responses);
        Assert.Equal(Monday.AddDays(7), heron.LastSubmittedAt);
        Assert.Equal([3.0, 4.0], heron.Levels);
        Assert.Equal(3.5, heron.Overall);
    }

    [Fact]
    public void The_spread_per_dimension_is_over_the_latest_result_of_each_team()
    {
        var overview = AssessmentOverview.Build(Definition,
        [
            Response("Heron", 0, 5, 5),
            Response("Heron", 1, 1, 2),
            Response("Falcon", 0, 4, null),
            Response("Osprey", 0, 2, 3),
        ]);

        var alpha = overview.Spread[0];
        Assert.Equal(("alpha", 1.0, 4.0, 2.3, 3), (alpha.Key, alpha.Min, alpha.Max, alpha.Mean, alpha.Teams));
        Assert.Equal(3.0, alpha.Range);
        // Falcon answered only "don't know" on beta: left out, not counted as zero.
        var beta = overview.Spread[1];
        Assert.Equal((2.0, 3.0, 2.5, 2), (beta.Min, beta.Max, beta.Mean, beta.Teams));
        Assert.Equal(3, overview.OverallSpread.Teams);
        Assert.Equal(AssessmentOverview.OverallKey, overview.OverallSpread.Key);
    }

    [Fact]
    public void A_tie_in_time_is_broken_by_id_so_the_same_files_give_the_same_row()
    {
        var first = Response("Heron", 0, 2, 2, id: "aaaaaaaaaaaaaaaaaaaaaaaaaa");
        var second = Response("Heron", 0, 4, 4, id: "bbbbbbbbbbbbbbbbbbbbbbbbbb");

        Assert.Equal(second.Id, AssessmentOverview.Build(Definition, [second, first]).Teams.Single().Latest.Id);
        Assert.Equal(second.Id, AssessmentOverview.Build(Definition, [first, second]).Teams.Single().Latest.Id);
    }

    [Fact]
    public void No_responses_give_no_rows_and_an_empty_spread()
    {
        var overview = AssessmentOverview.Build(Definition, [Response("Heron", 0, 3, 3) with { Assessment = "other" }]);

        Assert.Empty(overview.Teams);
        Assert.All(overview.Spread, s => Assert.Equal((null, null, null, 0), (s.Min, s.Max, s.Mean, s.Teams)));
        Assert.Null(overview.OverallSpread.Range);
    }
}
