using DecodingChoices.Instructor;
using DecodingChoices.Runner;

var app = InstructorApp.Create();
return app.Run(CourseApp.Arguments(args));
