using System.Diagnostics;

namespace EduPlatform.AppHost;

/// <summary>
/// Whether Docker or Podman can run containers here: the client alone is not enough (our build machines have the docker
/// client and no engine), so the engine is asked about itself (<c>info</c> fails without one), with a short timeout.
/// Aspire's own setting <c>ASPIRE_CONTAINER_RUNTIME</c>, where given, names the only one Aspire would use.
/// </summary>
public static class ContainerRuntime
{
    public static string? Find(string? preferred)
    {
        foreach (var runtime in string.IsNullOrWhiteSpace(preferred) ? ["docker", "podman"] : new[] { preferred })
        {
            if (EngineAnswers(runtime))
            {
                return runtime;
            }
        }

        return null;
    }

    static bool EngineAnswers(string runtime)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(runtime, "info")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return false;
            }

            // Drained so a long answer cannot fill the pipe and stall the engine's client.
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // not installed
        }
    }
}
