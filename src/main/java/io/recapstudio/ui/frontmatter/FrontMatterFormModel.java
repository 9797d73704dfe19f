package io.recapstudio.ui.frontmatter;

import io.recapstudio.core.frontmatter.FrontMatter;
import io.recapstudio.core.frontmatter.FrontMatterEditException;
import io.recapstudio.core.frontmatter.FrontMatterEditor;
import io.recapstudio.core.frontmatter.FrontMatterEntry;
import io.recapstudio.core.frontmatter.schema.FieldSpec;
import io.recapstudio.core.frontmatter.schema.FrontMatterSchema;
import io.recapstudio.core.frontmatter.schema.FrontMatterValidator;
import io.recapstudio.core.site.Permalinks;
import io.recapstudio.core.site.SiteIndex;
import io.recapstudio.core.site.Slugs;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.TextEdit;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The front-matter form without a toolkit: the post's front matter as properties, kept in step with the text both
 * ways. {@link #textChanged(String)} re-reads the fields from the text; {@link #set(String, Object)} and
 * {@link #remove(String)} compute the edits that change only that key's lines and hand them to the editor as one
 * undo step. Broken front matter makes the form invalid with the parser's message; the text is never touched then.
 */
public final class FrontMatterFormModel {

    private final Supplier<String> currentText;
    private final Consumer<List<TextEdit>> applyEdits;
    private final Path postFile;

    private final BooleanProperty valid = new SimpleBooleanProperty(true);
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty format = new SimpleStringProperty("YAML");
    private final ObjectProperty<FrontMatter> frontMatter = new SimpleObjectProperty<>();
    private final ObservableList<Diagnostic> problems = FXCollections.observableArrayList();
    private FrontMatterSchema schema = FrontMatterSchema.builtIn();
    private Optional<SiteIndex> site = Optional.empty();
    private Path bundleDir;
    private Permalinks permalinks;
    private Slugs slugs = Slugs.DEFAULT;
    private String sectionPath = "";

    public FrontMatterFormModel(Supplier<String> currentText, Consumer<List<TextEdit>> applyEdits, Path postFile) {
        this.currentText = currentText;
        this.applyEdits = applyEdits;
        this.postFile = postFile;
        this.bundleDir = postFile == null ? null : postFile.toAbsolutePath().getParent();
        textChanged(currentText.get());
    }

    /** Uses the site's schema and index (tags, duplicate URLs) from now on. */
    public void useSite(FrontMatterSchema siteSchema, SiteIndex index) {
        this.schema = siteSchema;
        this.site = Optional.of(index);
        textChanged(currentText.get());
    }

    /**
     * Uses the site's permalink rules for the URL preview: {@code sectionPath} is the post's section below the
     * content root ({@code blog}).
     */
    public void usePermalinks(Permalinks rules, Slugs siteSlugs, String section) {
        this.permalinks = rules;
        this.slugs = siteSlugs;
        this.sectionPath = section == null ? "" : section;
    }

    /** The slug Hugo would make from the title (the site's rules), empty without a title. */
    public String slugFromTitle() {
        return current("title").map(slugs::urlize).orElse("");
    }

    /**
     * The URL path the page gets (its {@code url}, else the site's permalink pattern with its title, slug and date)
     * and, when another post of the site has it, which one; empty without a site.
     */
    public Optional<String> pageUrl() {
        FrontMatter fm = frontMatter.get();
        if (permalinks == null || fm == null || !valid.get()) {
            return Optional.empty();
        }
        String base = bundleDir == null ? "" : postFile != null && postFile.getFileName().toString()
                .startsWith("index.") ? bundleDir.getFileName().toString() : stemOf(postFile);
        java.time.ZonedDateTime date = fm.date().map(d -> d.toOffsetDateTime(java.time.ZoneOffset.UTC)
                .toZonedDateTime()).orElse(null);
        String path = permalinks.pathFor(new io.recapstudio.core.site.PermalinkPage(sectionPath,
                fm.title().orElse(""), fm.slug().orElse(null), fm.url().orElse(null), date, base));
        String taken = site.map(index -> index.postsAt(path).stream().filter(p -> postFile == null
                || !p.toAbsolutePath().normalize().equals(postFile.toAbsolutePath().normalize())).findFirst()
                .map(p -> " (also the URL of " + p + ")").orElse("")).orElse("");
        return Optional.of(path + taken);
    }

    private static String stemOf(Path file) {
        if (file == null) {
            return "";
        }
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Re-reads the form from {@code text} (the editor's text changed). */
    public void textChanged(String text) {
        FrontMatter parsed = FrontMatter.parse(text);
        parsed.format().ifPresent(f -> format.set(f.displayName()));
        if (!parsed.isValid()) {
            Diagnostic first = parsed.diagnostics().get(0);
            error.set("Line " + first.line() + ", column " + first.column() + ": " + first.message()
                    + " Fix it in the editor; the form is back when the front matter reads again.");
            valid.set(false);
            problems.clear();
            return;
        }
        error.set("");
        valid.set(true);
        frontMatter.set(parsed);
        problems.setAll(new FrontMatterValidator(schema, site).validate(parsed, text, postFile));
    }

    /**
     * Sets {@code key} to {@code value} (a string, boolean, date, list or map) in the text.
     *
     * @return an error message, or empty when the text was changed (or already said so)
     */
    public Optional<String> set(String key, Object value) {
        if (!valid.get()) {
            return Optional.of("The front matter does not read; fix it in the editor first.");
        }
        try {
            List<TextEdit> edits = FrontMatterEditor.of(currentText.get()).set(key, value);
            apply(edits);
            return Optional.empty();
        } catch (FrontMatterEditException | IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Removes {@code key} from the text; empty when done. */
    public Optional<String> remove(String key) {
        if (!valid.get() || frontMatter.get().entry(key).isEmpty()) {
            return Optional.empty();
        }
        try {
            apply(FrontMatterEditor.of(currentText.get()).remove(key));
            return Optional.empty();
        } catch (FrontMatterEditException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Sets a text field, or removes the key when the text is empty. */
    public Optional<String> setText(String key, String value) {
        if (value == null || value.isEmpty()) {
            return remove(key);
        }
        return current(key).filter(value::equals).isPresent() ? Optional.empty() : set(key, value);
    }

    private void apply(List<TextEdit> edits) {
        if (!edits.isEmpty()) {
            applyEdits.accept(edits);
            textChanged(currentText.get());
        }
    }

    /** The current value of {@code key} as text (lists joined by ", "), if present. */
    public Optional<String> current(String key) {
        FrontMatter fm = frontMatter.get();
        if (fm == null) {
            return Optional.empty();
        }
        return fm.entry(key).map(FrontMatterEntry::value).filter(v -> v != null)
                .map(v -> v instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList())
                        : String.valueOf(v));
    }

    /** The current list value of {@code key} (a single string becomes one item). */
    public List<String> list(String key) {
        FrontMatter fm = frontMatter.get();
        if (fm == null) {
            return List.of();
        }
        Object v = fm.entry(key).map(FrontMatterEntry::value).orElse(null);
        if (v instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return v == null ? List.of() : List.of(String.valueOf(v));
    }

    /** The keys the typed fields do not show, with their text as written. */
    public List<FrontMatterEntry> otherEntries(List<String> shown) {
        FrontMatter fm = frontMatter.get();
        if (fm == null) {
            return List.of();
        }
        return fm.entries().stream().filter(e -> shown.stream().noneMatch(k -> k.equalsIgnoreCase(e.key())))
                .toList();
    }

    /** Known values for {@code key} (tags and categories of the site, authors), most used first. */
    public List<String> suggestions(String key, String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase(java.util.Locale.ROOT);
        List<String> chosen = list(key);
        return schema.field(key).map(FieldSpec::values).orElse(List.of()).stream()
                .filter(v -> v.toLowerCase(java.util.Locale.ROOT).contains(t))
                .filter(v -> chosen.stream().noneMatch(v::equalsIgnoreCase)).limit(12).toList();
    }

    /** Adds a term to a list key (tags, categories, aliases) unless it is there; empty when done. */
    public Optional<String> addTo(String key, String term) {
        String value = term.strip();
        List<String> items = new java.util.ArrayList<>(list(key));
        if (value.isEmpty() || items.stream().anyMatch(value::equalsIgnoreCase)) {
            return Optional.empty();
        }
        items.add(value);
        return set(key, items);
    }

    /** Removes a term from a list key; the key goes when the list is empty. */
    public Optional<String> removeFrom(String key, String term) {
        List<String> items = new java.util.ArrayList<>(list(key));
        if (!items.remove(term)) {
            return Optional.empty();
        }
        return items.isEmpty() ? remove(key) : set(key, items);
    }

    /** The bundle's resources globs with what each matches, and images no glob matches. */
    public ResourceMatches resources() {
        FrontMatter fm = frontMatter.get();
        return ResourceMatches.of(bundleDir, fm == null ? List.of() : fm.resources());
    }

    public FrontMatterSchema schema() {
        return schema;
    }

    public BooleanProperty validProperty() {
        return valid;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty formatProperty() {
        return format;
    }

    public ObjectProperty<FrontMatter> frontMatterProperty() {
        return frontMatter;
    }

    public ObservableList<Diagnostic> problems() {
        return problems;
    }
}
