package io.eventwire.bench.floor;

/**
 * The compute floor measured twice in one run: before the pipeline, while the JIT still compiles the broker and
 * the clients and has seen the steps only through a short warm-up, and after it, when the steps have run on
 * tens of thousands of articles. The first alone over-states the steps' cost, which flatters every ratio taken
 * against the pipeline; the floor is the lower of the two.
 */
public record ComputeFloors(ComputeFloor.Result beforePipeline, ComputeFloor.Result afterPipeline) {

    /** The measurement with the lower CPU per article: what the steps cost at least. */
    public ComputeFloor.Result floor() {
        return afterPipeline.cpuMillisPerArticle() <= beforePipeline.cpuMillisPerArticle()
                ? afterPipeline : beforePipeline;
    }
}
