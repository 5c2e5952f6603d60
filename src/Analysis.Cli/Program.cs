return Analysis.Cli.AnalysisCommand.Run(args, Console.Out, Console.Error);
