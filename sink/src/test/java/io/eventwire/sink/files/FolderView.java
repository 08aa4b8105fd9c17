package io.eventwire.sink.files;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a search engine would hold after applying an index folder's files in order, for the sink's tests. */
public final class FolderView {

    private FolderView() {
    }

    /** Id to document source, null for an id whose last action deletes it. */
    public static Map<String, String> of(Path indexDir) {
        Map<String, String> view = new LinkedHashMap<>();
        for (Path file : FileOutput.segments(indexDir)) {
            BulkFileReader.forEach(file, action -> view.put(action.id(), action.delete() ? null : action.source()));
        }
        return view;
    }
}
