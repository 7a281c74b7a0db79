namespace ReportGen.Tests.Faults;

/// <summary>
/// A test that mounts a small tmpfs: the only way to get a really full disk, and a really read-only folder
/// that fails for root too (CI runs as root, which ignores permission bits). It needs Linux and root; it fails
/// when mounting is refused (a container without CAP_SYS_ADMIN), unless REPORTGEN_SKIP_MOUNT=1.
/// </summary>
public sealed class MountFactAttribute : FactAttribute
{
    public const string SkipVariable = "REPORTGEN_SKIP_MOUNT";

    public MountFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "tmpfs mounts are Linux only";
        }
        else if (!Environment.IsPrivilegedProcess)
        {
            Skip = "mounting a tmpfs needs root";
        }
        else if (Environment.GetEnvironmentVariable(SkipVariable) == "1")
        {
            Skip = SkipVariable + "=1";
        }
    }
}

/// <summary>
/// A test of Unix permission bits: skipped on Windows and as root, whom they do not stop (CI runs as root; the
/// read-only mount tests stand in for it there).
/// </summary>
public sealed class PermissionBitsFactAttribute : FactAttribute
{
    public PermissionBitsFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "no Unix permission bits";
        }
        else if (Environment.IsPrivilegedProcess)
        {
            Skip = "root ignores permission bits";
        }
    }
}
