package org.occucompare.web.importer;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.occucompare.web.store.row.StoreRow;
import org.occucompare.web.store.row.WageCell;

/**
 * The bundled sample's line format: one store row per line, its type name and then its record components in
 * declaration order, tab-separated; {@code \N} is an absent value, and tabs, newlines and backslashes in text are
 * escaped. Stateless and thread-safe.
 */
final class SampleCodec {
    private static final String ABSENT = "\\N";
    private static final Map<String, Class<?>> TYPES = new HashMap<>();

    static {
        for (Class<?> type : StoreRow.class.getPermittedSubclasses()) {
            TYPES.put(type.getSimpleName(), type);
        }
    }

    private SampleCodec() {
    }

    /** One row as a line, without the line break. */
    static String write(StoreRow row) {
        StringBuilder line = new StringBuilder(row.getClass().getSimpleName());
        for (RecordComponent component : row.getClass().getRecordComponents()) {
            try {
                line.append('\t').append(encode(component.getAccessor().invoke(row)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component.getName() + " of " + row, e);
            }
        }
        return line.toString();
    }

    /** The row of a line written by {@link #write}. */
    static StoreRow read(String line) {
        String[] fields = line.split("\t", -1);
        Class<?> type = TYPES.get(fields[0]);
        if (type == null) {
            throw new IllegalArgumentException("unknown row type " + fields[0]);
        }
        RecordComponent[] components = type.getRecordComponents();
        if (fields.length != components.length + 1) {
            throw new IllegalArgumentException(fields[0] + " needs " + components.length + " fields: " + line);
        }
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = decode(fields[i + 1], components[i].getType(), components[i].getGenericType());
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            return (StoreRow) constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot build " + fields[0] + " from " + Arrays.toString(values), e);
        }
    }

    private static String encode(Object value) {
        if (value instanceof Optional<?> o) {
            return o.map(SampleCodec::encode).orElse(ABSENT);
        } else if (value instanceof OptionalInt o) {
            return o.isPresent() ? Integer.toString(o.getAsInt()) : ABSENT;
        } else if (value instanceof OptionalLong o) {
            return o.isPresent() ? Long.toString(o.getAsLong()) : ABSENT;
        } else if (value instanceof OptionalDouble o) {
            return o.isPresent() ? Double.toString(o.getAsDouble()) : ABSENT;
        } else if (value instanceof WageCell c) {
            return c.kind().code() + (c.usd().isPresent() ? Double.toString(c.usd().getAsDouble()) : "");
        } else if (value instanceof Enum<?> e) {
            return e.name();
        }
        return escape(String.valueOf(value));
    }

    private static Object decode(String field, Class<?> type, Type generic) {
        boolean absent = field.equals(ABSENT);
        if (type == Optional.class) {
            Type inner = ((ParameterizedType) generic).getActualTypeArguments()[0];
            return absent ? Optional.empty() : Optional.of(decode(field, (Class<?>) inner, inner));
        } else if (type == OptionalInt.class) {
            return absent ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(field));
        } else if (type == OptionalLong.class) {
            return absent ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(field));
        } else if (type == OptionalDouble.class) {
            return absent ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(field));
        } else if (type == WageCell.class) {
            WageCell.Kind kind = WageCell.Kind.fromCode(field.substring(0, 1));
            return new WageCell(kind, field.length() > 1 ? OptionalDouble.of(Double.parseDouble(field.substring(1)))
                    : OptionalDouble.empty());
        } else if (type == int.class) {
            return Integer.parseInt(field);
        } else if (type == long.class) {
            return Long.parseLong(field);
        } else if (type == double.class) {
            return Double.parseDouble(field);
        } else if (type == boolean.class || type == Boolean.class) {
            return Boolean.parseBoolean(field);
        } else if (type.isEnum()) {
            return enumValue(type, field);
        }
        return unescape(field);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Splits a sources line (written by the sample builder) into its fields. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        for (String f : line.split("\t", -1)) {
            fields.add(unescape(f));
        }
        return fields;
    }

    /** Joins fields into a sources line. */
    static String line(List<String> fields) {
        return String.join("\t", fields.stream().map(SampleCodec::escape).toList());
    }
}
