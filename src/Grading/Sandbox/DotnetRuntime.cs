using System.Runtime.InteropServices;

namespace DecodingChoices.Grading.Sandbox;

/// <summary>
/// Where the .NET runtime this grader runs on lives: the shared framework folder
/// (<c>…/shared/Microsoft.NETCore.App/10.0.x</c>, the folder of <c>typeof(object)</c>'s assembly), the
/// install root two levels above <c>shared</c>, its <c>host</c> folder and the <c>dotnet</c> muxer. These are
/// exactly the runtime files a sandboxed worker sees.
/// </summary>
public static class DotnetRuntime
{
    /// <summary>The shared framework folder, such as <c>/usr/share/dotnet/shared/Microsoft.NETCore.App/10.0.12</c>.</summary>
    public static string FrameworkFolder => Path.TrimEndingDirectorySeparator(RuntimeEnvironment.GetRuntimeDirectory());

    /// <summary>The install root, such as <c>/usr/share/dotnet</c>.</summary>
    public static string Root => Path.GetFullPath(Path.Combine(FrameworkFolder, "..", "..", ".."));

    /// <summary>The <c>dotnet</c> muxer of <see cref="Root"/>.</summary>
    public static string Muxer => Path.Combine(Root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");

    /// <summary>The folder of <c>libhostfxr</c>.</summary>
    public static string HostFolder => Path.Combine(Root, "host");
}
