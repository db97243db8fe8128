package org.occucompare.web.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.SocCode;
import org.occucompare.core.model.WageAmount;

/**
 * Builds the one {@link ObjectMapper} the app writes JSON with. Modules are registered explicitly (no
 * {@code findAndRegisterModules()}), so the JSON shape never depends on what happens to be on the class path.
 *
 * <p>The shape: codes are strings ({@code "29-1141.00"}); a place is {@code {"key":"CA","name":"California"}};
 * times are ISO-8601 strings; an absent optional number is {@code null}; and a wage amount is one of
 * {@code {"kind":"figure","usd":93600.0,"topCoded":false}},
 * {@code {"kind":"topCoded","atLeastUsd":239200.0,"topCoded":true}} or
 * {@code {"kind":"missing","reason":"SUPPRESSED","description":"…","topCoded":false}} — never 0.
 */
public final class ModelJson {

    private ModelJson() {
    }

    /**
     * Creates a mapper configured for the model. Mappers are thread-safe once configured; create one and share it.
     *
     * @return a new mapper, never null
     */
    public static ObjectMapper create() {
        SimpleModule model = new SimpleModule("occucompare-model")
                .addSerializer(OccupationCode.class, ToStringSerializer.instance)
                .addSerializer(SocCode.class, ToStringSerializer.instance)
                .addSerializer(Location.class, new LocationSerializer())
                .addSerializer(WageAmount.class, new WageAmountSerializer());
        return JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(model)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .build();
    }
}
