using DecodingChoices.Runner;
using DecodingChoices.Runner.Commands;
using Spectre.Console.Cli;

var app = CourseApp.Create();
app.Configure(config =>
{
    config.SetApplicationName("course");
    config.AddCommand<WalkthroughCommand>("walkthrough")
        .WithDescription("The tutorial's walkthrough on the bundled data (the default command).");
    config.AddCommand<MakeDataCommand>("make-data")
        .WithDescription("Regenerate the seeded stand-in dataset in data/.");
    config.AddGradingCommands();
    CourseApp.AddCommands(config);
});
return app.Run(CourseApp.Arguments(args));
