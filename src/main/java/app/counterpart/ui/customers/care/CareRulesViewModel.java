package app.counterpart.ui.customers.care;

import app.counterpart.core.customers.care.Assignee;
import app.counterpart.core.customers.care.CareRule;
import app.counterpart.core.customers.care.CareRuleKind;
import app.counterpart.core.customers.care.CareService;
import app.counterpart.core.customers.care.Team;
import app.counterpart.core.customers.lifecycle.LifecycleStage;
import app.counterpart.core.staff.Staff;
import app.counterpart.ui.common.UiContext;
import app.counterpart.ui.customers.ServiceTexts;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The owner's editor for the care rules, the teams and which team owns each lifecycle stage. Every
 * field is checked when saving and each problem shows beside its field; nothing is saved while any
 * field is wrong. Saving is audited in the store.
 */
public final class CareRulesViewModel {

    /** An entry of an assignee list: "the stage's team", a team or a person. */
    public record Choice(Assignee assignee, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** An entry of a stage's team list; a null team means "nobody". */
    public record TeamChoice(String teamId, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** The fields of one rule. */
    public static final class RuleForm {
        private final String id;
        private final CareRuleKind kind;
        private final BooleanProperty enabled = new SimpleBooleanProperty();
        private final StringProperty days = new SimpleStringProperty("");
        private final ObjectProperty<Choice> assignee = new SimpleObjectProperty<>();
        private final StringProperty daysError = new SimpleStringProperty("");
        private final StringProperty assigneeError = new SimpleStringProperty("");

        RuleForm(CareRule rule) {
            this.id = rule.id();
            this.kind = rule.kind();
            enabled.set(rule.enabled());
            days.set(Integer.toString(rule.days()));
        }

        public CareRuleKind kind() {
            return kind;
        }

        public BooleanProperty enabledProperty() {
            return enabled;
        }

        public StringProperty daysProperty() {
            return days;
        }

        public ObjectProperty<Choice> assigneeProperty() {
            return assignee;
        }

        public StringProperty daysErrorProperty() {
            return daysError;
        }

        public StringProperty assigneeErrorProperty() {
            return assigneeError;
        }
    }

    private record Loaded(List<CareRule> rules, List<Team> teams, Map<LifecycleStage, String> stageTeams,
            List<Staff> staff) {
    }

    private final CareService care;
    private final Supplier<List<Staff>> staffList;
    private final Supplier<String> actingStaff;
    private final UiContext ui;

    // ---- Properties ----
    private final ObservableList<RuleForm> rules = FXCollections.observableArrayList();
    private final ObservableList<Choice> assignees = FXCollections.observableArrayList();
    private final ObservableList<TeamChoice> teamChoices = FXCollections.observableArrayList();
    private final Map<LifecycleStage, ObjectProperty<TeamChoice>> stageTeams = new EnumMap<>(LifecycleStage.class);
    private final ObservableList<Team> teams = FXCollections.observableArrayList();
    private final ObservableList<Staff> staff = FXCollections.observableArrayList();
    private final ObjectProperty<Team> editedTeam = new SimpleObjectProperty<>();
    private final StringProperty teamName = new SimpleStringProperty("");
    private final ObservableList<Staff> teamMembers = FXCollections.observableArrayList();
    private final StringProperty teamError = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();

    public CareRulesViewModel(CareService care, Supplier<List<Staff>> staffList, Supplier<String> actingStaff,
            UiContext ui) {
        this.care = care;
        this.staffList = staffList;
        this.actingStaff = actingStaff;
        this.ui = ui;
        for (LifecycleStage s : LifecycleStage.values()) {
            stageTeams.put(s, new SimpleObjectProperty<>());
        }
        editedTeam.addListener((o, a, t) -> {
            teamName.set(t == null ? "" : t.name());
            teamMembers.setAll(t == null ? List.of()
                    : staff.stream().filter(s -> t.memberIds().contains(s.id())).toList());
            teamError.set("");
        });
    }

    // ---- Commands ----

    public void load() {
        ui.tasks().run(() -> new Loaded(care.rules(), care.teams(), care.stageTeams(),
                staffList.get().stream().filter(Staff::active).toList()), this::show,
                e -> error(ServiceTexts.describe(e, ui.i18n())));
    }

    private void show(Loaded l) {
        boolean zh = ui.i18n().chinese();
        staff.setAll(l.staff());
        teams.setAll(l.teams());
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(Assignee.stageTeam(), ui.i18n().text("care.assignee.stageTeam")));
        for (Team t : l.teams()) {
            choices.add(new Choice(Assignee.team(t.id()), ui.i18n().format("care.assignee.team", t.name())));
        }
        for (Staff s : l.staff()) {
            choices.add(new Choice(Assignee.person(s.id()), ui.i18n().format("care.assignee.person",
                    s.displayName(zh))));
        }
        assignees.setAll(choices);
        List<TeamChoice> teamList = new ArrayList<>();
        teamList.add(new TeamChoice(null, ui.i18n().text("care.stage.noTeam")));
        l.teams().forEach(t -> teamList.add(new TeamChoice(t.id(), t.name())));
        teamChoices.setAll(teamList);
        // Read again after a team was saved: keep what the owner has changed but not saved yet.
        if (!loaded.get()) {
            for (LifecycleStage s : LifecycleStage.values()) {
                String id = l.stageTeams().get(s);
                stageTeams.get(s).set(teamList.stream().filter(c -> java.util.Objects.equals(c.teamId(), id)).findFirst()
                        .orElse(teamList.get(0)));
            }
            List<RuleForm> forms = new ArrayList<>();
            for (CareRule r : l.rules()) {
                RuleForm f = new RuleForm(r);
                f.assignee.set(choices.stream().filter(c -> c.assignee().equals(r.assignee())).findFirst()
                        .orElse(choices.get(0)));
                forms.add(f);
            }
            rules.setAll(forms);
        }
        loaded.set(true);
    }

    /** Checks every field; saves the rules and the stage teams only if all are right. */
    public void save(Runnable onSaved) {
        Set<String> active = new HashSet<>();
        staff.forEach(s -> active.add(s.id()));
        Set<String> teamIds = new HashSet<>();
        teams.forEach(t -> teamIds.add(t.id()));
        List<CareRule> built = new ArrayList<>();
        boolean wrong = false;
        for (RuleForm f : rules) {
            f.daysError.set("");
            f.assigneeError.set("");
            Integer days = null;
            try {
                days = Integer.parseInt(f.days.get().strip());
            } catch (NumberFormatException e) {
                f.daysError.set(ui.i18n().format("care.problem.days_not_a_number", f.days.get().strip()));
                wrong = true;
            }
            if (f.assignee.get() == null) {
                f.assigneeError.set(ui.i18n().text("care.problem.assignee_missing"));
                wrong = true;
            }
            if (days != null && f.assignee.get() != null) {
                CareRule rule = new CareRule(f.id, f.kind, f.enabled.get(), days, f.assignee.get().assignee());
                List<CareRule.Problem> problems = rule.problems(active, teamIds);
                show(problems);
                wrong |= !problems.isEmpty();
                built.add(rule);
            }
        }
        if (wrong) {
            error(ui.i18n().text("care.rules.notSaved"));
            return;
        }
        Map<LifecycleStage, String> stages = new EnumMap<>(LifecycleStage.class);
        stageTeams.forEach((stage, choice) -> {
            if (choice.get() != null && choice.get().teamId() != null) {
                stages.put(stage, choice.get().teamId());
            }
        });
        ui.tasks().run(() -> care.saveRules(built, stages, active, actingStaff.get()), problems -> {
            show(problems);
            if (problems.isEmpty()) {
                info(ui.i18n().text("care.rules.saved"));
                onSaved.run();
            } else {
                error(ui.i18n().text("care.rules.notSaved"));
            }
        }, e -> error(ServiceTexts.describe(e, ui.i18n())));
    }

    private void show(List<CareRule.Problem> problems) {
        for (CareRule.Problem p : problems) {
            RuleForm f = rules.stream().filter(r -> r.id.equals(p.ruleId())).findFirst().orElseThrow();
            String text = ui.i18n().format("care.problem." + p.reason().name().toLowerCase(Locale.ROOT),
                    p.args().toArray());
            (p.field() == CareRule.Field.DAYS ? f.daysError : f.assigneeError).set(text);
        }
    }

    /** Adds a team (none chosen) or saves the chosen one with its name and members. */
    public void saveTeam() {
        Team edited = editedTeam.get();
        List<String> members = teamMembers.stream().map(Staff::id).toList();
        String name = teamName.get();
        ui.tasks().run(() -> care.saveTeam(edited == null ? null : edited.id(), name, members, actingStaff.get()),
                saved -> {
                    teamError.set("");
                    info(ui.i18n().format("care.team.saved", saved.name()));
                    editedTeam.set(null);
                    load();
                }, e -> teamError.set(ServiceTexts.describe(e, ui.i18n())));
    }

    private void info(String text) {
        message.set(text);
        messageIsError.set(false);
    }

    private void error(String text) {
        message.set(text);
        messageIsError.set(true);
    }

    // ---- Accessors ----

    public ObservableList<RuleForm> rules() {
        return rules;
    }

    public ObservableList<Choice> assignees() {
        return assignees;
    }

    public ObservableList<TeamChoice> teamChoices() {
        return teamChoices;
    }

    public ObjectProperty<TeamChoice> stageTeamProperty(LifecycleStage stage) {
        return stageTeams.get(stage);
    }

    public ObservableList<Team> teams() {
        return teams;
    }

    public ObservableList<Staff> staff() {
        return staff;
    }

    public ObjectProperty<Team> editedTeamProperty() {
        return editedTeam;
    }

    public StringProperty teamNameProperty() {
        return teamName;
    }

    public ObservableList<Staff> teamMembers() {
        return teamMembers;
    }

    public StringProperty teamErrorProperty() {
        return teamError;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public String staffName(Staff s) {
        return s.displayName(ui.i18n().chinese());
    }
}
