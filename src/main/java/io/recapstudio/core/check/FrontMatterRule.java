package io.recapstudio.core.check;

import io.recapstudio.core.frontmatter.schema.FrontMatterSchema;
import io.recapstudio.core.frontmatter.schema.FrontMatterValidator;
import io.recapstudio.core.site.SiteException;
import io.recapstudio.core.text.Diagnostic;
import io.recapstudio.core.text.RuleId;
import io.recapstudio.core.text.Severity;
import io.recapstudio.core.text.TextRange;
import java.util.ArrayList;
import java.util.List;

/** The front-matter form's validation ({@link FrontMatterValidator}) with the site's schema, for check and export. */
final class FrontMatterRule implements CheckRule {

    @Override
    public List<Diagnostic> check(CheckContext context) {
        List<Diagnostic> found = new ArrayList<>();
        FrontMatterSchema schema;
        try {
            schema = context.siteContext().schema(context.postFile());
        } catch (SiteException e) {
            found.add(context.at(TextRange.empty(0), Severity.WARNING, RuleId.FRONTMATTER_SCHEMA, e.getMessage()
                    + "; the form uses the schema learnt from the site's posts"));
            schema = context.siteIndex().map(i -> FrontMatterSchema.builtIn().refine(i, context.postFile()))
                    .orElseGet(FrontMatterSchema::builtIn);
        }
        found.addAll(new FrontMatterValidator(schema, context.siteIndex(),
                context.siteContext().hugoVersion()).validate(context.post().frontMatter(),
                context.text(), context.postFile(), context.selfFiles()));
        return found;
    }
}
