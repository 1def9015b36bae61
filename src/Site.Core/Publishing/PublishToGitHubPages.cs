using Site.Diagnostics;

namespace Site.Publishing;

/// <summary>
/// Commits a built site to the pages branch (<c>gh-pages</c>) and pushes it, without touching the user's working
/// tree, index or current branch: the output folder is staged into a temporary index file, written as a tree,
/// and committed with git's plumbing on top of the branch's previous commit (so every publish adds one commit
/// and the push is a fast-forward). The message names the source commit the site was built from.
/// </summary>
public static class PublishToGitHubPages
{
    private const string NoCommit = "0000000000000000000000000000000000000000";

    public static async Task<PublishResult> PublishAsync(PublishOptions options, CancellationToken cancellationToken = default)
    {
        var problems = new List<Diagnostic>();
        PublishResult Fail(string code, string message)
        {
            problems.Add(Diagnostic.Error(code, options.Output, 0, 0, message));
            return new PublishResult(problems, null, null, false);
        }

        var output = Path.GetFullPath(options.Output);
        if (!Directory.Exists(output) || !Directory.EnumerateFileSystemEntries(output).Any())
        {
            return Fail(DiagnosticCodes.PublishRefused, "there is no built site to publish here; build first");
        }

        if (!Directory.Exists(options.Repository))
        {
            return Fail(DiagnosticCodes.PublishRefused, $"the repository folder '{options.Repository}' does not exist");
        }

        var git = new Git(Path.GetFullPath(options.Repository));
        var gitDir = await git.RunAsync(["rev-parse", "--absolute-git-dir"], cancellationToken);
        if (!gitDir.Succeeded)
        {
            return Fail(DiagnosticCodes.PublishRefused, $"'{options.Repository}' is not inside a git repository: {gitDir.Error.Trim()}");
        }

        var source = await git.RunAsync(["rev-parse", "--verify", "HEAD^{commit}"], cancellationToken);
        if (!source.Succeeded)
        {
            return Fail(DiagnosticCodes.PublishRefused, "the repository has no commit yet; commit the sources first, so the published site can name them");
        }

        var branchRef = "refs/heads/" + options.Branch;
        var format = await git.RunAsync(["check-ref-format", branchRef], cancellationToken);
        if (!format.Succeeded)
        {
            return Fail(DiagnosticCodes.PublishRefused, $"'{options.Branch}' is not a valid branch name");
        }

        var current = await git.RunAsync(["symbolic-ref", "-q", "HEAD"], cancellationToken);
        if (current.Value == branchRef)
        {
            return Fail(DiagnosticCodes.PublishRefused, $"the branch '{options.Branch}' is checked out; publishing would leave the working tree behind it. Switch to your source branch first");
        }

        var local = await git.RunAsync(["rev-parse", "--verify", "-q", branchRef + "^{commit}"], cancellationToken);
        var parent = local.Succeeded ? local.Value : null;
        if (options.Push)
        {
            var (remoteTip, error) = await FetchRemoteTipAsync(git, options, cancellationToken);
            if (error is not null)
            {
                return Fail(DiagnosticCodes.PublishFailed, error);
            }

            parent = remoteTip ?? parent;
        }

        var status = await git.RunAsync(["status", "--porcelain", "--untracked-files=no"], cancellationToken);
        var dirty = status.Succeeded && status.Value.Length > 0 ? " (with uncommitted changes)" : string.Empty;
        var tree = await WriteTreeAsync(gitDir.Value, output, cancellationToken);
        if (tree.Error is not null)
        {
            return Fail(DiagnosticCodes.PublishFailed, tree.Error);
        }

        var message = $"Publish site built from {source.Value}{dirty}\n\nThe whole tree is the output of 'site publish' at commit {source.Value}.\n";
        List<string> commitTree = ["commit-tree", tree.Tree!, "-m", message];
        if (parent is not null)
        {
            commitTree.InsertRange(2, ["-p", parent]);
        }

        var commit = await git.RunAsync(commitTree, cancellationToken);
        if (!commit.Succeeded)
        {
            return Fail(DiagnosticCodes.PublishFailed, $"git commit-tree failed: {commit.Error.Trim()}");
        }

        // Compare-and-swap against the local value we read, so a concurrent change to the branch is not lost silently.
        var update = await git.RunAsync(["update-ref", "-m", "site publish", branchRef, commit.Value, local.Succeeded ? local.Value : NoCommit], cancellationToken);
        if (!update.Succeeded)
        {
            return Fail(DiagnosticCodes.PublishFailed, $"cannot update {branchRef}: {update.Error.Trim()}");
        }

        if (!options.Push)
        {
            return new PublishResult(problems, commit.Value, source.Value, false);
        }

        var push = await git.RunAsync(["push", "--quiet", options.Remote, $"{branchRef}:{branchRef}"], cancellationToken);
        if (!push.Succeeded)
        {
            problems.Add(Diagnostic.Error(DiagnosticCodes.PublishFailed, options.Output, 0, 0, $"committed {commit.Value[..12]} to {options.Branch}, but the push to {options.Remote} failed: {push.Error.Trim()}"));
            return new PublishResult(problems, commit.Value, source.Value, false);
        }

        return new PublishResult(problems, commit.Value, source.Value, true);
    }

    /// <summary>The tip of the branch on the remote (fetched, so it can be the parent), null if the branch is new there.</summary>
    private static async Task<(string? Tip, string? Error)> FetchRemoteTipAsync(Git git, PublishOptions options, CancellationToken cancellationToken)
    {
        var branchRef = "refs/heads/" + options.Branch;
        var listed = await git.RunAsync(["ls-remote", "--heads", options.Remote, branchRef], cancellationToken);
        if (!listed.Succeeded)
        {
            return (null, $"cannot reach the remote '{options.Remote}': {listed.Error.Trim()}");
        }

        if (listed.Value.Length == 0)
        {
            return (null, null);
        }

        // Fetched into FETCH_HEAD only: no branch of the user's moves.
        var fetch = await git.RunAsync(["fetch", "--quiet", "--no-tags", options.Remote, branchRef], cancellationToken);
        if (!fetch.Succeeded)
        {
            return (null, $"cannot fetch {options.Branch} from '{options.Remote}': {fetch.Error.Trim()}");
        }

        return (listed.Value.Split('\t', ' ')[0], null);
    }

    /// <summary>Stages the output folder in a throwaway index (never the user's) and writes it as a tree.</summary>
    private static async Task<(string? Tree, string? Error)> WriteTreeAsync(string gitDir, string output, CancellationToken cancellationToken)
    {
        var index = Path.Combine(Path.GetTempPath(), $"site-publish-{Environment.ProcessId}-{Guid.NewGuid():N}.index");
        try
        {
            var staged = new Git(output).With("GIT_INDEX_FILE", index);

            // --force: the user's ignore rules (global excludes, info/exclude) must not drop files of the site;
            // autocrlf off: the site is published byte for byte as it was built.
            var add = await staged.RunAsync(
                ["-c", "core.autocrlf=false", "-c", "core.safecrlf=false", "--git-dir=" + gitDir, "--work-tree=" + output, "add", "--all", "--force", "--", "."],
                cancellationToken);
            if (!add.Succeeded)
            {
                return (null, $"git add of the output folder failed: {add.Error.Trim()}");
            }

            var tree = await staged.RunAsync(["--git-dir=" + gitDir, "write-tree"], cancellationToken);
            return tree.Succeeded ? (tree.Value, null) : (null, $"git write-tree failed: {tree.Error.Trim()}");
        }
        finally
        {
            foreach (var file in new[] { index, index + ".lock" })
            {
                try
                {
                    File.Delete(file);
                }
                catch (IOException)
                {
                    // A leftover file in the temp folder is harmless.
                }
            }
        }
    }
}
