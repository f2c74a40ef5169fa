package org.liaisondesk.service;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.liaisondesk.domain.Attachment;
import org.liaisondesk.domain.DeletedRecord;
import org.liaisondesk.domain.RecordKind;

/**
 * A deleted record as JSON, for the change history: the record and each part with its type (only
 * types of the domain package are read back), the links to it per kind, and its attachments.
 */
final class RecordSnapshots {
    private static final String DOMAIN = "org.liaisondesk.domain.";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .registerModule(times());

    private RecordSnapshots() {}

    private record Typed(String type, JsonNode value) {}

    private record Snapshot(RecordKind kind, long id, Typed record, Map<RecordKind, List<Long>> links,
                            List<Attachment> attachments, List<Typed> parts) {}

    static String write(DeletedRecord<?> d) {
        try {
            List<Typed> parts = new ArrayList<>();
            for (Object p : d.parts()) parts.add(typed(p));
            return JSON.writeValueAsString(new Snapshot(d.kind(), d.id(), typed(d.record()), d.links(), d.attachments(), parts));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static DeletedRecord<?> read(String json) {
        try {
            Snapshot s = JSON.readValue(json, Snapshot.class);
            List<Object> parts = new ArrayList<>();
            for (Typed p : s.parts()) parts.add(value(p));
            Map<RecordKind, List<Long>> links = s.links() == null ? Map.of() : s.links();
            return new DeletedRecord<>(s.kind(), s.id(), value(s.record()), links,
                    s.attachments() == null ? List.of() : s.attachments(), parts);
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("unreadable snapshot: " + e.getMessage(), e);
        }
    }

    private static Typed typed(Object o) {
        return new Typed(o.getClass().getName(), JSON.valueToTree(o));
    }

    private static Object value(Typed t) throws ClassNotFoundException, JsonProcessingException {
        // The type comes from our own database, but is never trusted beyond the domain's records.
        if (!t.type().startsWith(DOMAIN)) throw new ClassNotFoundException(t.type());
        Class<?> type = Class.forName(t.type());
        if (!type.isRecord()) throw new ClassNotFoundException(t.type());
        return JSON.treeToValue(t.value(), type);
    }

    /** java.time values as ISO text, without the separate Jackson module. */
    private static SimpleModule times() {
        SimpleModule m = new SimpleModule("iso-times");
        add(m, LocalDate.class, LocalDate::parse);
        add(m, LocalDateTime.class, LocalDateTime::parse);
        add(m, LocalTime.class, LocalTime::parse);
        add(m, YearMonth.class, YearMonth::parse);
        return m;
    }

    private static <X> void add(SimpleModule m, Class<X> type, Function<String, X> parse) {
        m.addSerializer(type, ToStringSerializer.instance);
        m.addDeserializer(type, new StdDeserializer<X>(type) {
            @Override
            public X deserialize(JsonParser p, DeserializationContext c) throws IOException {
                return parse.apply(p.getValueAsString());
            }
        });
    }
}
