using Site.Cli;

// An exception on a thread of its own would end the process with a stack trace and exit code 134; it is reported as
// any other unexpected exception instead.
AppDomain.CurrentDomain.UnhandledException += (_, e) =>
{
    var exit = InternalError.Report(e.ExceptionObject as Exception ?? new InvalidOperationException("unknown failure"), "site", Console.Error, args.Contains("--verbose"));
    Environment.Exit(exit);
};

return await CommandLine.RunAsync(args, Console.Out, Console.Error);
