using System.Globalization;
using System.Text;
using PmoPlaybook.Assessments.Definitions;
using PmoPlaybook.Assessments.Responses;

namespace PmoPlaybook.Web.Assessments;

/// <summary>A result as CSV for Excel: one row per question with its answer and its dimension's level.</summary>
public static class ResultCsv
{
    public static byte[] Write(AssessmentDefinition definition, AssessmentResponse response)
    {
        var lang = response.Lang;
        var csv = new StringBuilder();
        csv.AppendLine("team,role,date,dimension,dimension_level,question,answer");
        foreach (var dimension in definition.Dimensions)
        {
            var level = response.Scores.GetValueOrDefault(dimension.Id);
            foreach (var question in dimension.Questions)
            {
                var answer = response.Answers.GetValueOrDefault(question.Id);
                csv.AppendJoin(',',
                    Field(response.Team), Field(response.Role), response.SubmittedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Field(dimension.Title.For(lang)), level?.ToString("0.0", CultureInfo.InvariantCulture) ?? "",
                    Field(question.Text.For(lang)), answer?.ToString(CultureInfo.InvariantCulture) ?? "")
                    .AppendLine();
            }
        }
        // A BOM so Excel reads å, ä and ö as UTF-8.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    // Quote every text field; a leading = + - @ would make Excel run it as a formula, so prefix it with '.
    private static string Field(string value)
    {
        var safe = value.Length > 0 && "=+-@\t\r".Contains(value[0]) ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
