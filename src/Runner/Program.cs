using DecodingChoices.Runner.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("course");
    config.AddCommand<MakeDataCommand>("make-data")
        .WithDescription("Regenerate the seeded stand-in dataset in data/.");
    config.AddGradingCommands();
});
return app.Run(args);
