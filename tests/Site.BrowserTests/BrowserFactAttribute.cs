namespace Site.BrowserTests;

/// <summary>
/// A browser test. It is skipped only on a developer machine without Chromium; where the CI variable is set it
/// always runs, so a CI machine missing the browser fails instead of passing quietly.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium.ExecutablePath) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Skip = $"{Chromium.ExecutablePath} is missing: install it with 'apt-get install -y chromium' to run the browser tests";
        }
    }
}
