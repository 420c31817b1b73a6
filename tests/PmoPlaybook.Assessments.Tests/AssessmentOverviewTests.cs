using PmoPlaybook.Assessments.Dashboard;
using PmoPlaybook.Assessments.Responses;

namespace PmoPlaybook.Assessments.Tests;

public class AssessmentOverviewTests
{
    private static readonly Definitions.AssessmentDefinition Definition = SampleDefinition.Read();
    private static readonly DateTimeOffset Monday = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A response whose alpha answers are all <paramref name="alpha"/> and beta answers all <paramref name="beta"/>.</summary>
    private static AssessmentResponse Response(string team, int days, int? alpha, int? beta, string? id = null, AssessmentResponse? after = null) =>
        AssessmentResponse.Create(Definition, Answers(team, alpha, beta) with { Previous = after?.Id }, id ?? ResponseId.New(), Monday.AddDays(days));

    private static ValidResponse Answers(string team, int? alpha, int? beta) =>
        new(team, "Sponsor", "en", new Dictionary<string, int?>
        {
            ["alpha-one"] = alpha,
            ["alpha-two"] = alpha,
            ["alpha-three"] = alpha,
            ["beta-one"] = beta,
            ["beta-two"] = beta,
        }, null);

    [Fact]
    public void Each_team_shows_its_latest_result_and_how_often_it_answered()
    {
        var first = Response("Heron", 0, 1, 1);
        var second = Response("HERON", 3, 2, 2, after: first);
        var overview = AssessmentOverview.Build(Definition,
        [
            first,
            Response("heron ", 7, 3, 4, after: second),
            Response("Falcon", 2, 5, 2),
            second,
        ]);

        Assert.Equal(["falcon", "heron"], overview.Teams.Select(t => t.TeamKey));
        var heron = overview.Teams[1];
        Assert.Equal("heron", heron.Team);
        Assert.Equal(first.Id, heron.Series);
        Assert.Equal(3, heron.Responses);
        Assert.Equal(Monday.AddDays(7), heron.LastSubmittedAt);
        Assert.Equal([3.0, 4.0], heron.Levels);
        Assert.Equal(3.5, heron.Overall);
    }

    [Fact]
    public void Someone_who_only_types_a_teams_name_gets_a_row_of_their_own_not_the_teams_latest()
    {
        var first = Response("Payments squad", 0, 4, 4);
        var second = Response("Payments squad", 30, 5, 5, after: first);
        var impostor = Response("  payments squad ", 40, 1, 1);
        // A predecessor that is not earlier (a hand-edited file) starts a series instead of joining or looping.
        var backwards = Response("Payments squad", 20, 2, 2, after: second);

        var overview = AssessmentOverview.Build(Definition, [impostor, second, backwards, first]);

        Assert.Equal(3, overview.Teams.Count);
        var team = Assert.Single(overview.Teams, t => t.Series == first.Id);
        Assert.Equal((second.Id, 2), (team.Latest.Id, team.Responses));
        Assert.Equal(impostor.Id, Assert.Single(overview.Teams, t => t.Series == impostor.Id).Latest.Id);
        Assert.Equal(backwards.Id, Assert.Single(overview.Teams, t => t.Series == backwards.Id).Latest.Id);
    }

    [Fact]
    public void The_spread_per_dimension_is_over_the_latest_result_of_each_team()
    {
        var heron = Response("Heron", 0, 5, 5);
        var overview = AssessmentOverview.Build(Definition,
        [
            heron,
            Response("Heron", 1, 1, 2, after: heron),
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

        // Two series of the same name at the same moment: always listed in the same order.
        Assert.Equal([first.Id, second.Id], AssessmentOverview.Build(Definition, [second, first]).Teams.Select(t => t.Latest.Id));
        Assert.Equal([first.Id, second.Id], AssessmentOverview.Build(Definition, [first, second]).Teams.Select(t => t.Latest.Id));
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
