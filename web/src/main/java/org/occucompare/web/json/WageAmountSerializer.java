package org.occucompare.web.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.Serial;
import org.occucompare.core.model.WageAmount;

/**
 * Writes a {@link WageAmount} so that its kind is explicit: a reader can never take a top-coded bound or a missing
 * value for a figure.
 */
final class WageAmountSerializer extends StdSerializer<WageAmount> {
    @Serial
    private static final long serialVersionUID = 1L;

    WageAmountSerializer() {
        super(WageAmount.class);
    }

    @Override
    public void serialize(WageAmount amount, JsonGenerator json, SerializerProvider provider) throws IOException {
        json.writeStartObject();
        if (amount instanceof WageAmount.Figure figure) {
            json.writeStringField("kind", "figure");
            json.writeNumberField("usd", figure.usd());
        } else if (amount instanceof WageAmount.TopCoded topCoded) {
            json.writeStringField("kind", "topCoded");
            json.writeNumberField("atLeastUsd", topCoded.atLeastUsd());
        } else if (amount instanceof WageAmount.Missing missing) {
            json.writeStringField("kind", "missing");
            json.writeStringField("reason", missing.reason().name());
            json.writeStringField("description", missing.reason().description());
        }
        json.writeBooleanField("topCoded", amount.isTopCoded());
        json.writeEndObject();
    }
}
