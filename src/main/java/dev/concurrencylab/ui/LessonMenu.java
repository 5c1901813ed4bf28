package dev.concurrencylab.ui;

import dev.concurrencylab.store.Lesson;
import dev.concurrencylab.store.Lessons;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** Lesson: start a bundled lesson or one from a file, move between its steps, leave it. */
final class LessonMenu extends Menu {
    LessonMenu(LessonModel lessons, ExperimentDocument doc, List<Lessons.Bundled> bundled) {
        super("Lesson");
        setId("lesson-menu");
        for (Lessons.Bundled b : bundled) {
            getItems().add(item("Start: " + b.lesson().title(), "lesson-" + b.id(), () -> {
                if (doc.confirmDiscard()) {
                    lessons.start(b.lesson());
                }
            }));
        }
        getItems().add(item("Open lesson file…", "open-lesson", () -> {
            Lesson l = doc.chooseLesson();
            if (l != null) {
                lessons.start(l);
            }
        }));
        // the keys are the panel's (a presenter's clicker sends Page Down and Page Up); the items only name them
        MenuItem next = item("Next step\tPage Down", "lesson-next-step", lessons::next);
        MenuItem previous = item("Previous step\tPage Up", "lesson-previous-step", lessons::previous);
        MenuItem leave = item("Leave the lesson\tEsc", "leave-lesson", lessons::leave);
        for (MenuItem i : new MenuItem[] {next, previous, leave}) {
            i.disableProperty().bind(lessons.activeBinding().not());
        }
        getItems().addAll(new SeparatorMenuItem(), next, previous, leave);
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        i.setMnemonicParsing(false);
        i.setOnAction(e -> action.run());
        return i;
    }
}
