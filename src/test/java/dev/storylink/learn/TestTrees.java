package dev.storylink.learn;

/** Small hand-made tree ensembles for tests. */
public final class TestTrees {
  private TestTrees() {}

  /**
   * Two trees with base 0.5: x0 < 0.5 gives -0.3, else 0.4 (a missing x0: -0.3); x10 < 0.5 gives
   * 0.1, else -0.2 (a missing x10: -0.2).
   */
  public static TreeEnsemble twoTrees(boolean zeroMissing) {
    return new TreeEnsemble(
        0.5,
        zeroMissing,
        new int[] {0, 3},
        new int[] {0, -1, -1, 10, -1, -1},
        new float[] {0.5f, 0, 0, 0.5f, 0, 0},
        new int[] {1, 0, 0, 4, 0, 0},
        new int[] {2, 0, 0, 5, 0, 0},
        new int[] {1, 0, 0, 5, 0, 0},
        new double[] {0, -0.3, 0.4, 0, 0.1, -0.2});
  }
}
