namespace DecodingChoices.Models;

/// <summary>The penalty on the weights, as scikit-learn's <c>penalty</c> parameter.</summary>
public enum Penalty
{
    /// <summary>‖w‖² / (2C), scikit-learn's default.</summary>
    L2,

    /// <summary>No penalty: on separable data (more neurons than trials) the weights grow without bound, and the fit stops at its iteration limit.</summary>
    None,
}
