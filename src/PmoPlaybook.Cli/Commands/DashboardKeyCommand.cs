using System.CommandLine;
using PmoPlaybook.Web.Dashboard;

namespace PmoPlaybook.Cli.Commands;

/// <summary>
/// `pmo dashboard-key`: makes a random access key for the PMO dashboard and prints it with the setting that
/// holds its hash. The key is shown once and kept nowhere; the app is given only the hash.
/// </summary>
public static class DashboardKeyCommand
{
    public static Command Create()
    {
        var command = new Command("dashboard-key", "Make an access key for the PMO dashboard and print the Dashboard__AccessKeyHash setting for it");
        command.SetAction(_ =>
        {
            var key = AccessKey.NewKey();
            Console.WriteLine($"Access key (give it to the PMO staff who use the dashboard; it is not stored): {key}");
            Console.WriteLine("Setting for the app (environment file or appsettings.json):");
            Console.WriteLine($"Dashboard__AccessKeyHash={AccessKey.Hash(key)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
