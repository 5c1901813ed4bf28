package dev.concurrencylab.ui;

import dev.concurrencylab.store.Lesson;
import dev.concurrencylab.store.LessonStep;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.event.EventHandler;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The presenter's side panel in lesson mode: step N of M, the question, Run, then the takeaway, in large text that
 * follows the font zoom. Page Down or → goes to the next step, Page Up or ← back, Esc leaves the lesson (a
 * presenter's clicker sends Page Down and Page Up).
 */
final class LessonPanel extends ScrollPane {
    private static final String CSS = LessonPanel.class.getResource("lesson.css").toExternalForm();
    private final LessonModel model;
    private final ReadOnlyBooleanProperty running;
    private final Label title = label("lesson-title", "lesson-title");
    private final Label stepOf = label("lesson-step", "lesson-step");
    private final Label stepTitle = label("lesson-step-title", "lesson-step-title");
    private final Label question = label("lesson-question", "lesson-question");
    private final Label takeaway = label("lesson-takeaway", "lesson-takeaway");
    private final Label status = label("lesson-status", Styles.PLACEHOLDER);
    private final EventHandler<KeyEvent> keys = this::key;

    LessonPanel(LessonModel model, LabViewModel vm) {
        this.running = vm.runningProperty();
        this.model = model;
        setId("lesson-panel");
        getStyleClass().add("lesson-scroll");
        getStylesheets().add(CSS);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        Button run = new Button("Run");
        run.setId("lesson-run");
        run.getStyleClass().add(Styles.RUN_BUTTON);
        run.disableProperty().bind(vm.canRunBinding().not());
        run.setOnAction(e -> model.run());
        Button previous = new Button("‹ Back");
        previous.setId("lesson-previous");
        previous.setOnAction(e -> model.previous());
        Button next = new Button("Next ›");
        next.setId("lesson-next");
        next.setOnAction(e -> model.next());
        Button leave = new Button("Leave");
        leave.setId("lesson-leave");
        leave.setOnAction(e -> model.leave());
        for (Button b : new Button[] {previous, next, leave}) {
            b.setFocusTraversable(false);
        }
        Label questionCaption = label(null, "lesson-caption");
        questionCaption.setText("Question");
        Label takeawayCaption = label(null, "lesson-caption");
        takeawayCaption.setText("Takeaway");
        VBox takeawayBox = new VBox(takeawayCaption, takeaway);
        takeawayBox.getStyleClass().add("lesson-takeaway-box");
        takeawayBox.visibleProperty().bind(model.phaseProperty().isEqualTo(LessonModel.Phase.TAKEAWAY));
        takeawayBox.managedProperty().bind(takeawayBox.visibleProperty());
        Region gap = new Region();
        VBox.setVgrow(gap, Priority.ALWAYS);
        Label hint = label(null, "lesson-hint");
        hint.setText("Page Down or → next · Page Up or ← back · Esc leaves");
        HBox steps = new HBox(previous, next, leave);
        steps.getStyleClass().add("lesson-buttons");
        VBox content = new VBox(title, stepOf, stepTitle, questionCaption, question, new HBox(run), status,
                takeawayBox, gap, steps, hint);
        content.getStyleClass().add("lesson-panel");
        setContent(content);

        visibleProperty().bind(model.activeBinding());
        managedProperty().bind(model.activeBinding());
        status.textProperty().bind(Bindings.createStringBinding(() -> switch (model.phaseProperty().get()) {
            case RUNNING -> "Running…";
            case TAKEAWAY -> "";
            case QUESTION -> "Ask the class, then Run.";
        }, model.phaseProperty()));
        takeaway.textProperty().bind(model.takeawayProperty());
        model.stepProperty().addListener(o -> showStep());
        model.lessonProperty().addListener(o -> showStep());
        previous.disableProperty().bind(model.stepProperty().lessThanOrEqualTo(0));
        next.disableProperty().bind(Bindings.createBooleanBinding(() -> model.lessonProperty().get() == null
                || model.stepProperty().get() >= model.lessonProperty().get().steps().size() - 1,
                model.stepProperty(), model.lessonProperty()));
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
    }

    private static Label label(String id, String style) {
        Label l = new Label();
        if (id != null) {
            l.setId(id);
        }
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private void showStep() {
        Lesson lesson = model.lessonProperty().get();
        LessonStep s = model.currentStep();
        if (lesson == null || s == null) {
            return;
        }
        title.setText(lesson.title());
        stepOf.setText("Step " + (model.stepProperty().get() + 1) + " of " + lesson.steps().size());
        stepTitle.setText(s.title() == null ? "" : s.title());
        question.setText(s.question());
        setVvalue(0);
    }

    /** The presenter's keys, before the window's own shortcuts (Esc would otherwise only stop a run). */
    private void key(KeyEvent e) {
        if (!model.activeBinding().get()) {
            return;
        }
        boolean typing = e.getTarget() instanceof TextInputControl;
        switch (e.getCode()) {
            case PAGE_DOWN -> model.next();
            case RIGHT -> {
                if (typing) {
                    return;
                }
                model.next();
            }
            case PAGE_UP -> model.previous();
            case LEFT -> {
                if (typing) {
                    return;
                }
                model.previous();
            }
            case ESCAPE -> {
                if (running.get()) {
                    return; // Esc stops a run first (the window's shortcut); pressed again, it leaves the lesson
                }
                model.leave();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }
}
