using System.Text;
using ReportGen.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
return await ReportGenApp.RunAsync(args, CliEnvironment.FromConsole()).ConfigureAwait(false);
