using DecodingChoices.Shapes;

namespace DecodingChoices.Course;

/// <summary>
/// The exercises of "Machine Learning III, Tutorial 2". Exercise 1: logistic regression written by
/// hand, one step at a time, to decode a mouse's left/right choice from the spike rates of its neurons.
/// Exercise 2: is the decoder's accuracy above chance? (the shuffle test).
/// </summary>
/// <remarks>
/// <para>
/// The data: <c>X</c> has one row per trial and one column per neuron (normalized spike rates,
/// shape <c>(trials, neurons)</c>, 220 × 691 for the training split), and <c>y</c> has one entry per
/// trial: 0 when the mouse turned the wheel one way, 1 when it turned it the other way.
/// </para>
/// <para>
/// The model: each neuron gets one weight, collected in the vector θ (<c>theta</c>, no intercept,
/// as in the tutorial). For trial i the model computes z_i = Σ_j X[i, j] θ_j and turns it into a
/// probability h_i = σ(z_i) = 1 / (1 + e^(−z_i)) that the choice was 1.
/// </para>
/// <para>
/// Both course tracks implement this one contract: the student track (<c>src/Exercises</c>) and the
/// reference track (<c>src/Solutions</c>). An instructor swaps one for the other with
/// <c>-p:Track=Solutions</c>; because both implement this interface, the swap cannot fail to compile.
/// The <see cref="ShapeAttribute"/> contracts below are read by the course's source generator, which
/// emits <c>CheckedCourseExercises</c>: the layer that checks every call's shapes and explains a
/// mismatch before the wrong code runs.
/// </para>
/// </remarks>
[ShapeContract]
public interface ICourseExercises
{
    /// <summary>
    /// Exercise 1A. Compute z, the value that goes into the sigmoid: z = Xθ.
    /// </summary>
    /// <remarks>
    /// For every trial i (row of X), z_i = X[i, 0]·θ_0 + X[i, 1]·θ_1 + … + X[i, n−1]·θ_(n−1).
    /// θ has one weight per neuron (column of X); z has one entry per trial (row of X).
    /// First work out what size θ must be: θ full of zeros gives z full of zeros.
    /// </remarks>
    /// <param name="theta">The weights θ, one per neuron.</param>
    /// <param name="X">The inputs, one row per trial and one column per neuron.</param>
    /// <returns>z, one value per trial.</returns>
    [return: Shape("trials", Hint = "z has one value per trial (row of X).")]
    double[] TransformInputs(
        [Shape("neurons", Hint = "theta needs one weight per neuron (column of X).")] double[] theta,
        [Shape("trials", "neurons", Hint = "X has one row per trial and one column per neuron.")] double[,] X);

    /// <summary>
    /// Exercise 1B. The logistic (sigmoid) function, element by element: σ(z) = 1 / (1 + e^(−z)).
    /// </summary>
    /// <remarks>
    /// σ squashes any real number into (0, 1): σ(0) = 0.5, σ(z) → 1 as z → +∞ and σ(z) → 0 as
    /// z → −∞, and σ(−z) = 1 − σ(z). It must stay finite and correct for |z| up to at least 1000:
    /// e^(−z) overflows to infinity for z below about −709, so think about what 1 / (1 + ∞) gives,
    /// or use the equivalent form e^z / (1 + e^z) when z is negative.
    /// </remarks>
    /// <param name="z">Any values.</param>
    /// <returns>σ(z), the same length as <paramref name="z"/>.</returns>
    [return: Shape("n", Hint = "σ(z) has one value per entry of z.")]
    double[] Sigmoid([Shape("n")] double[] z);

    /// <summary>
    /// Exercise 1C. The model's prediction h = σ(Xθ): for each trial, the probability that the choice was 1.
    /// </summary>
    /// <remarks>Build it from the two functions you wrote in 1A and 1B.</remarks>
    /// <param name="theta">The weights θ, one per neuron.</param>
    /// <param name="X">The inputs, one row per trial and one column per neuron.</param>
    /// <returns>h, one probability per trial.</returns>
    [return: Shape("trials", Hint = "h has one probability per trial (row of X).")]
    double[] ComputeH(
        [Shape("neurons", Hint = "theta needs one weight per neuron (column of X).")] double[] theta,
        [Shape("trials", "neurons", Hint = "X has one row per trial and one column per neuron.")] double[,] X);

    /// <summary>
    /// Exercise 1D. The cost function: the mean cross-entropy of the predictions h = σ(Xθ) against the choices y,
    /// J(θ) = −(1/n) Σ_i [ y_i log h_i + (1 − y_i) log(1 − h_i) ].
    /// </summary>
    /// <remarks>
    /// It is small when h is close to y on every trial and grows without bound as a confident
    /// prediction turns out wrong. With θ = 0 every h is 0.5 and J = log 2 ≈ 0.693.
    /// It must stay finite when h saturates (h rounds to exactly 0 or 1 for large |z|): log(0) is −∞.
    /// Useful identity: −[y log σ(z) + (1 − y) log(1 − σ(z))] = log(1 + e^z) − y·z.
    /// </remarks>
    /// <param name="theta">The weights θ, one per neuron.</param>
    /// <param name="X">The inputs, one row per trial and one column per neuron.</param>
    /// <param name="y">The choices, 0 or 1, one per trial.</param>
    /// <returns>The mean loss over the trials, a single number.</returns>
    double LogisticLoss(
        [Shape("neurons", Hint = "theta needs one weight per neuron (column of X).")] double[] theta,
        [Shape("trials", "neurons", Hint = "X has one row per trial and one column per neuron.")] double[,] X,
        [Shape("trials", Hint = "y needs one choice per trial (row of X).")] int[] y);

    /// <summary>
    /// Exercise 1E. The fraction of trials that the fitted weights θ̂ classify correctly.
    /// </summary>
    /// <remarks>
    /// Get h, then turn it into a predicted choice ŷ: ŷ_i = 1 if h_i ≥ 0.5, otherwise 0.
    /// Then compare ŷ with y: the accuracy is the number of trials where ŷ_i = y_i, divided by the number of trials.
    /// </remarks>
    /// <param name="thetaHat">The fitted weights θ̂, one per neuron.</param>
    /// <param name="X">The inputs, one row per trial and one column per neuron.</param>
    /// <param name="y">The choices, 0 or 1, one per trial.</param>
    /// <returns>The accuracy, between 0 and 1.</returns>
    double EvaluateAccuracy(
        [Shape("neurons", Hint = "thetaHat needs one weight per neuron (column of X).")] double[] thetaHat,
        [Shape("trials", "neurons", Hint = "X has one row per trial and one column per neuron.")] double[,] X,
        [Shape("trials", Hint = "y needs one choice per trial (row of X).")] int[] y);

    /// <summary>
    /// Exercise 2A. The shuffle test: how accurate is the model on choices that carry no information?
    /// Shuffle the choices, fit a model on the shuffled data, and record its accuracy — again and again.
    /// </summary>
    /// <remarks>
    /// For each of the <paramref name="shuffles"/> shuffles: copy y, shuffle the copy with
    /// <c>random.Shuffle(copy)</c>, fit <c>new LogisticRegression()</c> (the course's scikit-learn equivalent,
    /// in <c>DecodingChoices.Models</c>) with <c>Fit(X, copy)</c>, and record <c>Score(X, copy)</c>, the
    /// training accuracy on the shuffled choices, as the tutorial's <c>model.score</c>.
    /// Compare the spread of these accuracies with the accuracy on the real choices: is the real one unusual?
    /// </remarks>
    /// <param name="X">The inputs, one row per trial and one column per neuron.</param>
    /// <param name="y">The real choices, 0 or 1, one per trial. Leave it as it is: shuffle a copy.</param>
    /// <param name="shuffles">How many shuffles (the tutorial uses 1000).</param>
    /// <param name="random">Where the shuffles come from: use it (not a new generator), so a run can be repeated.</param>
    /// <returns>One accuracy per shuffle, in the order of the shuffles.</returns>
    double[] ShuffledAccuracies(
        [Shape("trials", "neurons", Hint = "X has one row per trial and one column per neuron.")] double[,] X,
        [Shape("trials", Hint = "y needs one choice per trial (row of X).")] int[] y,
        int shuffles,
        Randomness.SeededRandom random);
}
