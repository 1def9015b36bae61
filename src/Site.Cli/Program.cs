using Site.Cli;
using Site.Cli.Commands;

return await CommandLine.RunAsync(args, Console.Out, Console.Error);
