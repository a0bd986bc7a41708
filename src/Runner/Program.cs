using DecodingChoices.Runner;
using DecodingChoices.Runner.Commands;
using Spectre.Console.Cli;

var app = CourseApp.Create();
app.Configure(config =>
{
    config.AddCommand<WalkthroughCommand>("walkthrough")
        .WithDescription("The tutorial's walkthrough on the bundled data, on your code in src/Exercises (the default command).");
    CourseApp.AddCommands(config);
});
return app.Run(CourseApp.Arguments(args));
