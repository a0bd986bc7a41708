using System.Globalization;

namespace DecodingChoices.Shapes;

/// <summary>How shape messages print sizes: <c>220 × 691</c> for a matrix, <c>690</c> for a vector.</summary>
internal static class ShapeText
{
    internal static string Of(IReadOnlyList<int> shape) =>
        string.Join(" × ", shape.Select(size => size.ToString(CultureInfo.InvariantCulture)));

    internal static int[] ShapeOf(Array array)
    {
        var shape = new int[array.Rank];
        for (var axis = 0; axis < shape.Length; axis++)
        {
            shape[axis] = array.GetLength(axis);
        }

        return shape;
    }
}
