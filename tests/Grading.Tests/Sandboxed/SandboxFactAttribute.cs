using DecodingChoices.Grading.Sandbox;
using Xunit;

namespace DecodingChoices.Grading.Tests.Sandboxed;

/// <summary>
/// A fact that needs the bubblewrap sandbox. Where bubblewrap (or the namespaces it needs) is missing, the
/// test is reported as skipped with the reason, never silently passed: running hostile code unsandboxed on
/// the test machine would be the attack itself.
/// </summary>
internal sealed class SandboxFactAttribute : FactAttribute
{
    public SandboxFactAttribute()
    {
        if (Bubblewrap.Unavailable is { } reason)
        {
            Skip = $"needs the bubblewrap sandbox: {reason}";
        }
    }
}
