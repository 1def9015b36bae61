namespace Site.BrowserTests;

/// <summary>A browser theory: skipped, like <see cref="BrowserFactAttribute"/>, only on a developer machine without Chromium.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!File.Exists(Chromium.ExecutablePath) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Skip = $"{Chromium.ExecutablePath} is missing: install it with 'apt-get install -y chromium' to run the browser tests";
        }
    }
}
