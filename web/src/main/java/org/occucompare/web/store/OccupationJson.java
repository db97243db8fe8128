package org.occucompare.web.store;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Optional;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.WageAmount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an {@link Occupation} as JSON for the cache and reads it back. The two sealed model types get a
 * {@code type} property through mix-ins, so the model stays free of Jackson. Thread-safe.
 */
final class OccupationJson {
    private static final Logger LOG = LoggerFactory.getLogger(OccupationJson.class);
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addMixIn(Location.class, LocationMixIn.class)
            .addMixIn(WageAmount.class, WageAmountMixIn.class)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            // derived read-only properties such as isTopCoded() are written but not read back
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private OccupationJson() {
    }

    static String write(Occupation occupation) {
        try {
            return MAPPER.writeValueAsString(occupation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write occupation " + occupation.code() + " as JSON", e);
        }
    }

    /**
     * Reads a cached occupation back.
     *
     * @param json the JSON as {@link #write} wrote it
     * @param what what the entry is, for the log line when it cannot be read, such as {@code 29-1141.00 at CA}
     * @return the occupation, or empty (logged) when the JSON no longer fits the model, as an entry written by an
     *     older version may not: the caller fetches it again
     */
    static Optional<Occupation> read(String json, String what) {
        try {
            return Optional.of(MAPPER.readValue(json, Occupation.class));
        } catch (JsonProcessingException e) {
            LOG.warn("Skipped the cached answer of {}: it no longer fits the model ({}); fetching it again.", what,
                    e.getOriginalMessage());
            return Optional.empty();
        }
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Location.National.class, name = "national"),
        @JsonSubTypes.Type(value = Location.State.class, name = "state"),
        @JsonSubTypes.Type(value = Location.Area.class, name = "area"),
        @JsonSubTypes.Type(value = Location.City.class, name = "city"),
        @JsonSubTypes.Type(value = Location.ZipCode.class, name = "zip")})
    private interface LocationMixIn {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = WageAmount.Figure.class, name = "figure"),
        @JsonSubTypes.Type(value = WageAmount.TopCoded.class, name = "topCoded"),
        @JsonSubTypes.Type(value = WageAmount.Missing.class, name = "missing")})
    private interface WageAmountMixIn {
    }
}
