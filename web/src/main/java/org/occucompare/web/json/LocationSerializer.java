package org.occucompare.web.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.Serial;
import org.occucompare.core.model.Location;

/** Writes a {@link Location} as its canonical key and display name. */
final class LocationSerializer extends StdSerializer<Location> {
    @Serial
    private static final long serialVersionUID = 1L;

    LocationSerializer() {
        super(Location.class);
    }

    @Override
    public void serialize(Location location, JsonGenerator json, SerializerProvider provider) throws IOException {
        json.writeStartObject();
        json.writeStringField("key", location.key());
        json.writeStringField("name", location.displayName());
        json.writeEndObject();
    }
}
