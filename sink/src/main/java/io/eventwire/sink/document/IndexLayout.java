package io.eventwire.sink.document;

import io.eventwire.contracts.topic.Topics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Which topic feeds which index, under the configured topic and index prefixes. */
public final class IndexLayout {

    /** Elasticsearch index names: lower case, no leading '-', '_' or '+', none of its forbidden characters. */
    private static final Pattern VALID_PREFIX = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private final String indexPrefix;
    private final Map<String, IndexKind> byTopic;

    public IndexLayout(Topics topics, String indexPrefix, boolean includeDeadLetters) {
        if (!VALID_PREFIX.matcher(indexPrefix).matches()) {
            throw new IllegalArgumentException("index prefix must be lower case letters, digits, '.', '_' or '-' "
                    + "and start with a letter or digit: " + indexPrefix);
        }
        this.indexPrefix = indexPrefix;
        Map<String, IndexKind> map = new LinkedHashMap<>();
        for (IndexKind kind : IndexKind.values()) {
            if (kind != IndexKind.ERRORS || includeDeadLetters) {
                map.put(kind.topic(topics), kind);
            }
        }
        this.byTopic = Collections.unmodifiableMap(map);
    }

    public List<String> topics() {
        return new ArrayList<>(byTopic.keySet());
    }

    public List<IndexKind> kinds() {
        return new ArrayList<>(byTopic.values());
    }

    public IndexKind kindOf(String topic) {
        IndexKind kind = byTopic.get(topic);
        if (kind == null) {
            throw new IllegalArgumentException("the sink does not consume " + topic);
        }
        return kind;
    }

    public String indexOf(String topic) {
        return kindOf(topic).indexName(indexPrefix);
    }

    public String indexName(IndexKind kind) {
        return kind.indexName(indexPrefix);
    }

    public String indexPrefix() {
        return indexPrefix;
    }
}
