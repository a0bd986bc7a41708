namespace DecodingChoices.Grading.Sandbox;

/// <summary>Whether student code and the compiler run in a bubblewrap sandbox.</summary>
public enum SandboxMode
{
    /// <summary>Use bubblewrap when it works on this machine; otherwise grade without it and say so on every run.</summary>
    Auto,

    /// <summary>Refuse to grade without the sandbox (<c>--require-sandbox</c>).</summary>
    Require,

    /// <summary>Never sandbox (for measuring the sandbox's cost; never for untrusted code).</summary>
    Off,
}
