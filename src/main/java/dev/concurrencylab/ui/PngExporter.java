package dev.concurrencylab.ui;

import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.render.ComparisonPicture;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Export PNG: the whole comparison, the summary chart or one panel, at 1× or 2× (repainted at twice the
 * resolution), to a file the user picks; a notification says where it went. What to paint is copied on the UI
 * thread; painting and writing happen in the background (a 2× picture of four panels takes a visible moment).
 */
final class PngExporter {
    private final LabViewModel vm;
    private final RenderedPictures pictures;
    private final SaveTarget target;
    private final FileTasks files;
    private final Window owner;
    private final BooleanProperty doubleScale = new SimpleBooleanProperty();
    private Path lastSaved;

    PngExporter(LabViewModel vm, RenderedPictures pictures, SaveTarget target, FileTasks files, Window owner) {
        this.vm = vm;
        this.pictures = pictures;
        this.target = target;
        this.files = files;
        this.owner = owner;
    }

    /** Export at twice the resolution. */
    BooleanProperty doubleScaleProperty() {
        return doubleScale;
    }

    Path lastSaved() {
        return lastSaved;
    }

    /** The toolbar's Export menu: the comparison, the summary, each panel, and the scale. */
    MenuButton menu() {
        MenuButton menu = new MenuButton("Export PNG");
        menu.setId("export");
        menu.disableProperty().bind(vm.canReplayBinding().not());
        CheckMenuItem twice = new CheckMenuItem("2× resolution (for slides)");
        twice.selectedProperty().bindBidirectional(doubleScale);
        menu.setOnShowing(e -> {
            MenuItem all = new MenuItem("Whole comparison…  (Ctrl+E)");
            all.setOnAction(a -> exportComparison());
            MenuItem summary = new MenuItem("Summary chart…");
            summary.setOnAction(a -> exportSummary());
            menu.getItems().setAll(all, summary);
            for (int i = 0; i < vm.outputs().size(); i++) {
                int index = i;
                MenuItem panel = new MenuItem("Panel: " + vm.outputs().get(i).result().label() + "…");
                panel.setOnAction(a -> exportPanel(index));
                menu.getItems().add(panel);
            }
            menu.getItems().addAll(new SeparatorMenuItem(), twice);
        });
        return menu;
    }

    void exportComparison() {
        save("comparison", ComparisonPicture::render);
    }

    void exportSummary() {
        save("summary", ComparisonPicture::renderSummary);
    }

    void exportPanel(int index) {
        ModelEntry model = vm.outputs().get(index).result().entry();
        save("panel-" + model.slug(), picture -> picture.renderPanel(index));
    }

    private int scale() {
        return doubleScale.get() ? 2 : 1;
    }

    /** Asks where, then paints and writes in the background. */
    private void save(String what, Function<ComparisonPicture, BufferedImage> paint) {
        ExperimentConfig config = vm.shownConfigProperty().get();
        if (config == null || vm.outputs().isEmpty()) {
            return;
        }
        ComparisonPicture picture = pictures.snapshot(scale());
        Path file = target.choose(suggestedName(config, what, scale()));
        if (file == null) {
            return;
        }
        int[] size = new int[2];
        files.write("Could not export " + file.getFileName(), () -> {
            BufferedImage image = paint.apply(picture);
            size[0] = image.getWidth();
            size[1] = image.getHeight();
            ComparisonPicture.writePng(image, file);
        }, () -> {
            lastSaved = file;
            notifyUser("Saved " + size[0] + " × " + size[1] + " PNG", file.toString());
        });
    }

    /** For example {@code comparison-sleep-24-sequential-pool-eventloop@2x.png}. */
    static String suggestedName(ExperimentConfig c, String what, int scale) {
        String models = c.models().stream().map(ModelEntry::slug).collect(Collectors.joining("-"));
        return what + "-" + c.workload().kind().id() + "-" + c.workload().tasks() + "-" + models
                + (scale == 2 ? "@2x" : "") + ".png";
    }

    private void notifyUser(String title, String text) {
        Notifications n = Notifications.create().title(title).text(text).hideAfter(Duration.seconds(6));
        if (owner != null && owner.isShowing()) {
            n.owner(owner);
        }
        n.showInformation();
    }
}
