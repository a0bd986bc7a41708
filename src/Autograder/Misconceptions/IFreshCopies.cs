using DecodingChoices.Course;

namespace DecodingChoices.Autograder.Misconceptions;

/// <summary>A track that can make fresh copies of itself (a planted misconception: its own state starts empty).</summary>
internal interface IFreshCopies
{
    /// <summary>A new copy, with nothing kept from earlier calls.</summary>
    ICourseExercises Fresh();
}
