package io.eventwire.processor.extract.entity;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. Enough for the screening list. */
final class Csv {

    private Csv() {
    }

    /** The rows of {@code in}; blank lines are skipped. */
    static List<List<String>> read(Reader in) throws IOException {
        StringBuilder all = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
            all.append(buffer, 0, n);
        }
        String text = all.toString();
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                endRow(row, field, rows);
                row = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        endRow(row, field, rows);
        return rows;
    }

    private static void endRow(List<String> row, StringBuilder field, List<List<String>> rows) {
        row.add(field.toString());
        field.setLength(0);
        if (row.size() > 1 || !row.get(0).isBlank()) {
            rows.add(row);
        }
    }
}
