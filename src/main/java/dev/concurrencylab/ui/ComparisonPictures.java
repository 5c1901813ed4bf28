package dev.concurrencylab.ui;

import java.awt.image.BufferedImage;

/** Paints the comparison on screen as pictures for export. */
interface ComparisonPictures {
    BufferedImage comparison(int scale);

    BufferedImage summary(int scale);

    BufferedImage panel(int index, int scale);
}
