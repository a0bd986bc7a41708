namespace DecodingChoices.Shapes;

/// <summary>Where a named dimension got its size in one call: from which argument and which of its axes.</summary>
/// <param name="Name">The dimension's name, such as <c>neurons</c>.</param>
/// <param name="Size">The size it was bound to.</param>
/// <param name="Parameter">The index of the parameter that bound it.</param>
/// <param name="Axis">The axis of that parameter's array.</param>
internal readonly record struct ShapeBinding(string Name, int Size, int Parameter, int Axis);
