package dk.samspil.bench;

/** Percentiles of measured figures, the nearest-rank way: p95 of 100 samples is the 95th smallest. */
public final class Percentiles {

    private Percentiles() {}

    /** @param sorted ascending; 0 when empty */
    public static double of(double[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
