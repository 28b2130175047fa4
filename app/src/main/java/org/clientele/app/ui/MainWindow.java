package org.clientele.app.ui;

import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.clientele.app.ui.campaign.CampaignView;
import org.clientele.app.ui.campaign.CampaignViewModel;
import org.clientele.app.ui.clv.LifetimeValueModel;
import org.clientele.app.ui.clv.LifetimeValueView;
import org.clientele.app.ui.common.AlertErrorDialogs;
import org.clientele.app.ui.common.ErrorDialogService;
import org.clientele.app.ui.common.ErrorText;
import org.clientele.app.ui.common.FxTaskRunner;
import org.clientele.app.ui.common.LazyTab;
import org.clientele.app.ui.common.StatusBar;
import org.clientele.app.ui.data.DataView;
import org.clientele.app.ui.data.DataViewModel;
import org.clientele.app.ui.data.FileOpening;
import org.clientele.app.ui.data.RecentFiles;
import org.clientele.app.ui.data.RecentMenu;
import org.clientele.app.ui.export.ExportView;
import org.clientele.app.ui.export.ExportViewModel;
import org.clientele.app.ui.lookup.LookupView;
import org.clientele.app.ui.lookup.LookupViewModel;
import org.clientele.app.ui.models.ModelsView;
import org.clientele.app.ui.models.ModelsViewModel;
import org.clientele.app.ui.models.MonitorViewModel;
import org.clientele.app.ui.map.MapView;
import org.clientele.app.ui.map.MapViewModel;
import org.clientele.app.ui.project.ProjectMenu;
import org.clientele.app.ui.report.ReportAction;
import org.clientele.app.ui.report.ReportMenu;
import org.clientele.app.ui.project.ProjectViewModel;
import org.clientele.app.ui.segments.SegmentsView;
import org.clientele.app.ui.segments.SegmentSettingsStore;
import org.clientele.app.ui.segments.SegmentsViewModel;
import org.clientele.app.ui.explore.ExploreView;
import org.clientele.app.ui.explore.ExploreViewModel;
import org.clientele.core.project.ProjectArchive;
import org.clientele.sample.SampleDataset;
import org.clientele.sample.SampleDatasets;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.prefs.Preferences;

/** The workbench window: menu, tabs and status bar; opening files by menu, shortcut or drag-and-drop. */
public final class MainWindow {

    private final Preferences prefs;
    private final Stage stage;
    private final FxTaskRunner runner = new FxTaskRunner();
    private final WorkbenchState state = new WorkbenchState(runner);
    /** Every failure of every tab goes here: one alert over this window, its text from one formatter. */
    private final ErrorDialogService dialogs = new AlertErrorDialogs(this::owner, new ErrorText());
    private final DataViewModel data = new DataViewModel(runner, dialogs);
    private final ExportViewModel export = new ExportViewModel(runner, dialogs);
    private final ExportView exportView;
    private final ModelsViewModel models = new ModelsViewModel(state, runner, dialogs);
    private final MonitorViewModel monitor = new MonitorViewModel(state, runner, dialogs);
    private final LifetimeValueModel lifetimeValue = new LifetimeValueModel(state.datasetProperty(),
            state.segmentationProperty(), runner, dialogs);
    private final SegmentsViewModel segments;
    private final ExploreViewModel explore;
    private final CampaignViewModel campaign =
            new CampaignViewModel(state.datasetProperty(), state.segmentationProperty());
    private final ProjectViewModel project;
    private final FileOpening opening;
    private final ReportAction report;
    private final ReportMenu reportMenu;
    private Consumer<String> browser = uri -> { };
    private final ProjectMenu projectMenu;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final RecentFiles recent;
    private final MenuItem exportItem = new MenuItem("Export…");

    public MainWindow(Stage stage) {
        this(stage, Preferences.userNodeForPackage(MainWindow.class));
    }

    /** @param prefs where the last folder and the recent files are remembered (tests pass a throwaway node) */
    public MainWindow(Stage stage, Preferences prefs) {
        this(stage, prefs, null);
    }

    /** @param recoveryFile where the analysis is autosaved for recovery after a crash; null for no autosave */
    public MainWindow(Stage stage, Preferences prefs, Path recoveryFile) {
        this.stage = stage;
        this.segments = new SegmentsViewModel(state.datasetProperty(), state.segmentationProperty(), runner, dialogs,
                new SegmentSettingsStore(prefs.node("segmentSettings")));
        this.project = new ProjectViewModel(state, data, segments, campaign, runner, dialogs);
        this.projectMenu = new ProjectMenu(stage, project, prefs, recoveryFile);
        this.opening = new FileOpening(stage, data, runner, prefs);
        this.report = new ReportAction(runner, dialogs, uri -> browser.accept(uri),
                java.util.Objects.requireNonNullElse(MainWindow.class.getPackage().getImplementationVersion(),
                        "(development build)"));
        this.reportMenu = new ReportMenu(stage, report, state.datasetProperty(), prefs);
        this.prefs = prefs;
        this.recent = new RecentFiles(prefs.node("recentFiles"));
        // "export" under the workbench's node is where ExportView kept its folder before it was passed in.
        this.exportView = new ExportView(export, prefs.node("export"));
        data.titleProperty().addListener((obs, old, title) ->
                stage.setTitle(title == null ? "Clientele" : title + " — Clientele"));

        state.datasetProperty().bind(data.datasetProperty());
        data.datasetProperty().addListener((obs, old, opened) -> {
            if (opened != null) {
                recent.add(opened.file());
            }
        });
        export.useLifetimeValue(lifetimeValue);
        export.bind(state.segmentationProperty(), state.datasetProperty());
        // One line per tab, in the order of the analysis; Ctrl+1..N select them in this order.
        // One line per tab, in the order of the analysis; Ctrl+1..N select them in this order. Views are built when
        // their tab is first selected (their models exist from the start, so work and state never wait for a view).
        explore = new ExploreViewModel(runner, state.datasetProperty(), dialogs);
        MapViewModel map = new MapViewModel(state.datasetProperty(), state.segmentationProperty(), runner, dialogs);
        LookupViewModel lookup = new LookupViewModel(state);
        Preferences lifetimeValuePrefs = prefs.node("lifetimeValue");
        tabs.getTabs().addAll(
                LazyTab.of("Data", () -> new DataView(data).root()),
                LazyTab.of("Explore", () -> new ExploreView(explore).root()),
                LazyTab.of("Segments", () -> new SegmentsView(segments, runner.runningProperty()).root()),
                LazyTab.of("Map", () -> new MapView(map).root()),
                LazyTab.of("Models", () -> new ModelsView(models, monitor).root()),
                LazyTab.of("Lifetime value", () -> new LifetimeValueView(lifetimeValue, lifetimeValuePrefs).root()),
                LazyTab.of("Lookup", () -> new LookupView(lookup, lifetimeValue).root()),
                LazyTab.of("Export", exportView::root),
                LazyTab.of("Campaign", () -> new CampaignView(campaign).root()));
        // The Explore tab analyses the open data only while it is showing.
        Tab exploreTab = tabs.getTabs().get(1);
        exploreTab.selectedProperty().addListener((obs, was, selected) -> explore.setShowing(selected));
        LazyTab.build(tabs.getSelectionModel().getSelectedItem());
        tabs.setId("tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        root.setTop(new VBox(menuBar(), toolBar()));
        root.setCenter(tabs);
        root.setBottom(new StatusBar(runner));
        acceptDroppedFiles();
    }

    private javafx.stage.Window owner() {
        return stage;
    }

    public Parent root() {
        return root;
    }

    public DataViewModel dataViewModel() {
        return data;
    }

    public ExportViewModel exportViewModel() {
        return export;
    }

    public ExploreViewModel exploreViewModel() {
        return explore;
    }

    public ModelsViewModel modelsViewModel() {
        return models;
    }

    /** How the workbench opens a page in the user's browser (the application's host services). */
    public void setBrowser(Consumer<String> opener) {
        this.browser = opener;
    }

    public LifetimeValueModel lifetimeValue() {
        return lifetimeValue;
    }

    public ReportAction reportAction() {
        return report;
    }

    public ProjectViewModel projectViewModel() {
        return project;
    }

    /** Asks before unsaved changes are lost (Save / Don't save / Cancel); false keeps the window open. */
    public boolean confirmClose() {
        return projectMenu.confirmDiscard();
    }

    /** Offers an autosaved analysis left by a crash; true when it is being restored. */
    public boolean offerRecovery() {
        return projectMenu.offerRecovery();
    }

    public MonitorViewModel monitorViewModel() {
        return monitor;
    }

    public CampaignViewModel campaignViewModel() {
        return campaign;
    }

    public SegmentsViewModel segmentsViewModel() {
        return segments;
    }

    public WorkbenchState state() {
        return state;
    }

    public TabPane tabs() {
        return tabs;
    }

    public RecentFiles recentFiles() {
        return recent;
    }

    /** Opens a saved analysis ({@code .clientele}, as the desktop's file association passes it) or a data file. */
    public void open(Path file) {
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(ProjectArchive.EXTENSION)) {
            if (projectMenu.confirmDiscard()) {
                project.open(file, projectMenu.questions(), null);
            }
        } else {
            data.open(file);
        }
    }

    public void openSample() {
        runner.submit("Preparing the sample data", p -> SampleDatasets.extract(SampleDatasets.defaultDataset().name()),
                data::open, error -> dialogs.showError("Could not prepare the sample data", error));
    }

    /** A clean exit: the autosaved copy is no longer needed. */
    public void discardRecovery() {
        projectMenu.discardRecovery();
    }

    public void shutdown() {
        projectMenu.stop();
        runner.shutdown();
    }

    private MenuBar menuBar() {
        MenuItem open = new MenuItem("Open…");
        open.setId("menu-open");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> opening.chooseAndOpen());

        Menu samples = new Menu("Open sample");
        for (SampleDataset sample : SampleDatasets.all()) {
            MenuItem item = new MenuItem(sample.title());
            item.setOnAction(e -> runner.submit("Preparing " + sample.title(), p -> SampleDatasets.extract(sample.name()),
                    data::open, error -> dialogs.showError("Could not prepare the sample", error)));
            samples.getItems().add(item);
        }

        Menu openRecent = new Menu("Open recent");
        openRecent.setId("menu-recent");
        recentItems(openRecent.getItems());
        openRecent.setOnShowing(e -> RecentMenu.fill(openRecent.getItems(), recent, data::open));

        MenuItem kind = new MenuItem("Kind & columns…");
        kind.setId("menu-read-options");
        kind.disableProperty().bind(data.datasetProperty().isNull());
        kind.setOnAction(e -> showReadOptions());

        MenuItem exportList = exportItem;
        exportList.setId("menu-export");
        exportList.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        exportList.setOnAction(e -> exportList());

        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> {
            if (confirmClose()) {
                stage.close();
            }
        });

        Menu file = new Menu("File", null, open, openRecent, samples, new SeparatorMenuItem());
        file.getItems().addAll(projectMenu.items());
        file.getItems().addAll(new SeparatorMenuItem(), kind,
                new SeparatorMenuItem(), exportList, reportMenu.item(),
                new SeparatorMenuItem(), quit);
        return new MenuBar(file, viewMenu());
    }

    /** The slim bar under the menu: open, open recent, kind & columns, export. */
    private ToolBar toolBar() {
        Button open = new Button("Open…");
        open.setId("toolbar-open");
        open.setTooltip(new Tooltip("Open a customer table or transaction log (Ctrl+O)"));
        open.setOnAction(e -> opening.chooseAndOpen());

        MenuButton openRecent = new MenuButton("Open recent");
        openRecent.setId("toolbar-recent");
        recentItems(openRecent.getItems());
        openRecent.setOnShowing(e -> RecentMenu.fill(openRecent.getItems(), recent, data::open));

        Button kind = new Button("Kind & columns…");
        kind.setId("toolbar-read-options");
        kind.setTooltip(new Tooltip("Confirm or change the kind of the file and the column of each role"));
        kind.disableProperty().bind(data.datasetProperty().isNull());
        kind.setOnAction(e -> showReadOptions());

        Button export = new Button("Export…");
        export.setId("toolbar-export");
        export.setTooltip(new Tooltip("Export a customer list (Ctrl+E)"));
        export.setOnAction(e -> exportItem.fire());

        ToolBar bar = new ToolBar(open, openRecent, new Separator(Orientation.VERTICAL), kind,
                new Separator(Orientation.VERTICAL), export, reportMenu.button());
        bar.setId("toolbar");
        // Ctrl+O and the menus reach these by keyboard; no focus ring on "Open…" at start.
        bar.getItems().forEach(n -> n.setFocusTraversable(false));
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    /** Fills a recent-files menu now, whenever the list changes, and as it opens (a file may have gone). */
    private void recentItems(javafx.collections.ObservableList<MenuItem> items) {
        RecentMenu.fill(items, recent, data::open);
        recent.files().addListener((javafx.collections.ListChangeListener<java.nio.file.Path>) c ->
                RecentMenu.fill(items, recent, data::open));
    }

    /** Kind & columns…: confirm or override what was detected, then re-open the file with it. */
    public void showReadOptions() {
        opening.showReadOptions();
    }

    /** One item per tab with Ctrl+1..9, so every tab is a keystroke away. */
    private Menu viewMenu() {
        Menu view = new Menu("View");
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            Tab tab = tabs.getTabs().get(i);
            MenuItem item = new MenuItem(tab.getText());
            if (i < 9) {
                item.setAccelerator(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (i + 1)), KeyCombination.SHORTCUT_DOWN));
            }
            item.setOnAction(e -> tabs.getSelectionModel().select(tab));
            view.getItems().add(item);
        }
        return view;
    }

    /** File ▸ Export…: shows the Export tab and, once a segmentation exists, asks where to write the list. */
    private void exportList() {
        tabs.getTabs().stream().filter(t -> "tab-export".equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
        exportView.chooseAndExport();
    }

    private void acceptDroppedFiles() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            boolean ok = files != null && !files.isEmpty();
            if (ok) {
                open(files.get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }
}
