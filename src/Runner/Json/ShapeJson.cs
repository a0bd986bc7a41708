namespace DecodingChoices.Runner.Json;

/// <summary>Array shapes as numpy prints them, as JSON arrays: <c>[276, 691]</c>, <c>[276]</c>.</summary>
internal static class ShapeJson
{
    public static int[] Of(double[,] matrix) => [matrix.GetLength(0), matrix.GetLength(1)];

    public static int[] Of<T>(T[] vector) => [vector.Length];
}
