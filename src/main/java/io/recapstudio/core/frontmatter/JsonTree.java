package io.recapstudio.core.frontmatter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value with exact source offsets, read with jackson-core's streaming parser (token locations), plus its
 * plain Java value. Offsets are UTF-16 offsets into the whole post text.
 */
sealed interface JsonTree permits JsonTree.Obj, JsonTree.Arr, JsonTree.Scalar {

    int start();

    int end();

    Object value();

    /** A member of an object: the key (quotes included in its range) and its value. */
    record Member(String key, int keyStart, int keyEnd, JsonTree value) {
    }

    /** An object. */
    record Obj(int start, int end, List<Member> members) implements JsonTree {
        @Override
        public Object value() {
            Map<String, Object> out = new LinkedHashMap<>();
            members.forEach(m -> out.put(m.key(), m.value().value()));
            return out;
        }
    }

    /** An array. */
    record Arr(int start, int end, List<JsonTree> items) implements JsonTree {
        @Override
        public Object value() {
            List<Object> out = new ArrayList<>();
            items.forEach(i -> out.add(i.value()));
            return out;
        }
    }

    /** A string, number, boolean or null. */
    record Scalar(int start, int end, Object value) implements JsonTree {
    }

    JsonFactory FACTORY = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(ParseLimits.MAX_DEPTH).maxDocumentLength(ParseLimits.MAX_CHARS).build()).build();

    /** Reads the JSON value in {@code text} between {@code from} and {@code to}. */
    static JsonTree read(String text, int from, int to) throws IOException {
        String source = text.substring(from, to);
        try (JsonParser parser = FACTORY.createParser(source)) {
            JsonToken token = parser.nextToken();
            JsonTree tree = new Reader(parser, from, source).node(token);
            if (parser.nextToken() != null) {
                throw new com.fasterxml.jackson.core.JsonParseException(parser, "text after the end of the object");
            }
            return tree;
        }
    }

    /** Builds the tree while streaming. */
    final class Reader {
        private final JsonParser parser;
        private final int base;
        private final String source;
        private int values;

        Reader(JsonParser parser, int base, String source) {
            this.parser = parser;
            this.base = base;
            this.source = source;
        }

        JsonTree node(JsonToken token) throws IOException {
            int start = base + (int) parser.currentTokenLocation().getCharOffset();
            if (++values > ParseLimits.MAX_VALUES) {
                throw new ParseLimits.LimitException(ParseLimits.tooManyValues("it"), start);
            }
            if (token == JsonToken.START_OBJECT) {
                List<Member> members = new ArrayList<>();
                JsonToken next = parser.nextToken();
                while (next == JsonToken.FIELD_NAME) {
                    int keyStart = base + (int) parser.currentTokenLocation().getCharOffset();
                    String key = parser.currentName();
                    int keyEnd = stringEnd(keyStart);
                    JsonTree value = node(parser.nextToken());
                    members.add(new Member(key, keyStart, keyEnd, value));
                    next = parser.nextToken();
                }
                return new Obj(start, end(), members);
            }
            if (token == JsonToken.START_ARRAY) {
                List<JsonTree> items = new ArrayList<>();
                JsonToken next = parser.nextToken();
                while (next != JsonToken.END_ARRAY) {
                    items.add(node(next));
                    next = parser.nextToken();
                }
                return new Arr(start, end(), items);
            }
            Object value = switch (token) {
                case VALUE_STRING -> parser.getText();
                case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? parser.getBigIntegerValue() : (Object) parser.getLongValue();
                case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case VALUE_NULL -> null;
                default -> throw new com.fasterxml.jackson.core.JsonParseException(parser,
                        "unexpected " + token);
            };
            return new Scalar(start, end(), value);
        }

        /** Offset after the closing quote of the string starting at {@code start} (jackson reads ahead). */
        private int stringEnd(int start) {
            int i = start - base + 1;
            while (i < source.length() && source.charAt(i) != '"') {
                i += source.charAt(i) == '\\' ? 2 : 1;
            }
            return base + Math.min(source.length(), i + 1);
        }

        private int end() {
            return base + (int) parser.currentLocation().getCharOffset();
        }
    }
}
