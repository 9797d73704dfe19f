package io.recapstudio.core.check;

import io.recapstudio.core.frontmatter.schema.FrontMatterSchema;
import io.recapstudio.core.frontmatter.schema.FrontMatterValidator;
import io.recapstudio.core.site.Site;
import io.recapstudio.core.site.SiteException;
import io.recapstudio.core.site.SiteIndex;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.Severity;
import io.recapstudio.core.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The front-matter form's validation ({@link FrontMatterValidator}) with the site's schema, for check and export. */
final class FrontMatterRule implements CheckRule {

    @Override
    public List<Diagnostic> check(CheckContext context) {
        List<Diagnostic> found = new ArrayList<>();
        Optional<SiteIndex> index = context.siteIndex();
        FrontMatterSchema schema = FrontMatterSchema.builtIn();
        if (context.site().isPresent() && index.isPresent()) {
            Site site = context.site().get();
            schema = schema.refine(index.get(), context.postFile());
            try {
                schema = schema.with(FrontMatterSchema.loadFile(site.root()));
            } catch (SiteException e) {
                found.add(context.at(TextRange.empty(0), Severity.WARNING, "frontmatter-schema", e.getMessage()
                        + "; the form uses the schema learnt from the site's posts"));
            }
        }
        found.addAll(new FrontMatterValidator(schema, index).validate(context.post().frontMatter(), context.text(),
                context.postFile()));
        return found;
    }
}
