using Clinic.Content.Cli;

return CliApp.Run(args, Console.Out, Console.Error);
