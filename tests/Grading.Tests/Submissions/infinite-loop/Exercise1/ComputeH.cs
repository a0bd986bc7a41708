namespace DecodingChoices.Exercises;

// ComputeH is written in Sigmoid.cs.
