namespace DecodingChoices.Grading.Protocol;

/// <summary>
/// What a request frame asks the worker to do: the first byte of every request. The exercise calls mirror
/// <c>ICourseExercises</c> one to one; <see cref="Hello"/> is the worker's first reply, sent once the submission is loaded.
/// </summary>
internal enum WorkerMethod : byte
{
    Hello = 0,
    TransformInputs = 1,
    Sigmoid = 2,
    ComputeH = 3,
    LogisticLoss = 4,
    EvaluateAccuracy = 5,
    ShuffledAccuracies = 6,
}
