package io.eventwire.processor.normalize.meta;

import org.jsoup.nodes.Element;
import org.jsoup.select.CombiningEvaluator;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

import java.util.ArrayList;
import java.util.List;

/**
 * Several CSS queries answered by one walk over a page: every select walks the whole document, and the
 * metadata's queries walked it once each. The union of the queries is selected in one walk, and its few
 * elements are sorted into the queries they match, so that each answer holds what a select of its query
 * finds, in document order. The walk asks each element first whether it has a tag or attribute that the queries
 * name ({@link QuerySubjects}): trying every selector on every element was most of the walk. Immutable: one batch
 * serves every thread.
 */
final class QueryBatch {

    private final List<Evaluator> queries;
    /** Parsed once: jsoup re-parses a query string on every select (evaluators are thread-safe). */
    private final Evaluator union;

    QueryBatch(List<String> queries) {
        this.queries = queries.stream().map(Selector::evaluatorOf).toList();
        Evaluator any = Selector.evaluatorOf(String.join(", ", queries));
        this.union = QuerySubjects.of(queries)
                .<Evaluator>map(subjects -> new CombiningEvaluator.And(List.of(subjects, any))).orElse(any);
    }

    /** For each query, in the order given, the elements under {@code root} it selects. */
    List<Elements> select(Element root) {
        List<Elements> answers = none();
        for (Element element : root.select(union)) {
            for (int i = 0; i < queries.size(); i++) {
                if (element.is(queries.get(i))) {
                    answers.get(i).add(element);
                }
            }
        }
        return answers;
    }

    /** An empty answer for each query. */
    List<Elements> none() {
        List<Elements> answers = new ArrayList<>(queries.size());
        for (int i = 0; i < queries.size(); i++) {
            answers.add(new Elements());
        }
        return answers;
    }
}
