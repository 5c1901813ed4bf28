package dev.concurrencylab.ui;

/** Style-class names used by the views and the stylesheets, in one place. */
final class Styles {
    static final String FORM = "experiment-form";
    static final String SECTION_TITLE = "section-title";
    static final String FIELD = "form-field";
    static final String FIELD_TITLE = "field-title";
    static final String FIELD_VALUE = "field-value";
    static final String FIELD_UNIT = "field-unit";
    static final String FIELD_ERROR = "field-error";
    static final String ORDER_BUTTON = "order-button";
    static final String RUN_BUTTON = "run-button";
    static final String STOP_BUTTON = "stop-button";
    static final String RUN_ACTIONS = "run-actions";
    static final String PANEL = "run-panel";
    static final String PANEL_HEADER = "run-panel-header";
    static final String PANEL_HEADER_LINE = "run-panel-header-line";
    static final String PANEL_DETAILS = "run-panel-details";
    static final String PANEL_GROUPING = "run-panel-grouping";
    static final String PANEL_NOTE = "run-panel-note";
    static final String SUMMARY = "summary";
    static final String SUMMARY_BAR = "summary-bar";
    static final String SUMMARY_BOUND = "summary-bound";
    static final String SUMMARY_TRACK = "summary-track";
    static final String SUMMARY_TEXT = "summary-text";
    static final String LEGEND = "state-legend";
    static final String SIDE = "side";
    static final String SIDE_SCROLL = "side-scroll";
    static final String RESULTS_SCROLL = "results-scroll";
    static final String TOOLBAR = "lab-toolbar";
    static final String TOOLBAR_GROUP = "lab-toolbar-group";
    /** The toolbar with the text-size buttons at its right end. */
    static final String TOOLBAR_ROW = "lab-toolbar-row";
    static final String PLACEHOLDER = "placeholder";
    static final String ERROR_FIELD_INPUT = "invalid";
    static final String EXPERIMENT_HEADER = "experiment-header";
    static final String EXPERIMENT_DESCRIPTION = "experiment-description";
    static final String SWEEP = "sweep-view";
    static final String SWEEP_BAR = "sweep-bar";
    static final String VIEWS = "lab-views";

    private Styles() {
    }
}
