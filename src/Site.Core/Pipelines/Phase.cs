namespace Site.Pipelines;

/// <summary>
/// The four phases every pipeline runs, as in Statiq: Input reads, Process transforms (after the pipelines it
/// depends on have processed), PostProcess sees every pipeline's Process output, Output writes.
/// </summary>
public enum Phase
{
    Input,
    Process,
    PostProcess,
    Output,
}
