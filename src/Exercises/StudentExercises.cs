namespace DecodingChoices.Exercises;
public sealed class StudentExercises { }
