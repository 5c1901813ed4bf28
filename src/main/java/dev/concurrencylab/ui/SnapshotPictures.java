package dev.concurrencylab.ui;

import java.awt.image.BufferedImage;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.transform.Transform;

/** Pictures taken from the nodes on screen, re-rendered at the scale asked for. */
final class SnapshotPictures implements ComparisonPictures {
    private final Supplier<Node> comparison;
    private final Supplier<Node> summary;
    private final IntFunction<Node> panel;

    SnapshotPictures(Supplier<Node> comparison, Supplier<Node> summary, IntFunction<Node> panel) {
        this.comparison = comparison;
        this.summary = summary;
        this.panel = panel;
    }

    @Override
    public BufferedImage comparison(int scale) {
        return snap(comparison.get(), scale);
    }

    @Override
    public BufferedImage summary(int scale) {
        return snap(summary.get(), scale);
    }

    @Override
    public BufferedImage panel(int index, int scale) {
        return snap(panel.apply(index), scale);
    }

    private static BufferedImage snap(Node node, int scale) {
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(Transform.scale(scale, scale));
        return SwingFXUtils.fromFXImage(node.snapshot(p, null), null);
    }
}
