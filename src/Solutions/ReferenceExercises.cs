namespace DecodingChoices.Solutions;
public sealed class ReferenceExercises { }
