namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    // Reaching the reference track from exercise code: the course analyzer (COURSE006) makes this a compile error.
    public double[] Sigmoid(double[] z)
    {
        var reference = Type.GetType("DecodingChoices.Solutions.ReferenceExercises, DecodingChoices.Solutions")!;
        var track = (DecodingChoices.Course.ICourseExercises)Activator.CreateInstance(reference)!;
        return track.Sigmoid(z);
    }
}
