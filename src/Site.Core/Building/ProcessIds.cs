using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Site.Building;

/// <summary>Whether the process that named a leftover folder is still running.</summary>
public static partial class ProcessIds
{
    private const int NoSuchProcess = 3; // ESRCH

    /// <summary>True unless the system says no process has this id (a process of another user counts as running).</summary>
    public static bool IsAlive(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        if (OperatingSystem.IsWindows())
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                return !process.HasExited;
            }
            catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
            {
                return false;
            }
        }

        // Signal 0 checks the process exists without signalling it.
        return pid <= 0 || Kill(pid, 0) == 0 || Marshal.GetLastPInvokeError() != NoSuchProcess;
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
