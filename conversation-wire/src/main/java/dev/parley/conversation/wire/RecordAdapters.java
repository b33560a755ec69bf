package dev.parley.conversation.wire;

import static java.lang.invoke.MethodType.methodType;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonQualifier;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Set;

/**
 * Moshi adapters for the records of {@link Dto}, reading and writing exactly as Moshi's own record
 * adapter does (names from {@link Json}, unknown names skipped, absent components null, components
 * written in declaration order, a {@code null} left to the writer, which omits it), with the
 * constructor and accessors bound once as method handles. Moshi 1.15's adapter spreads the
 * constructor's arguments anew on every object it reads ({@code invokeWithArguments}), which was a
 * sixth of the time spent decoding a listing. A record this cannot bind exactly (a primitive or
 * qualified component, an ignored one) is left to Moshi.
 */
final class RecordAdapters implements JsonAdapter.Factory {
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    @Override
    public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
        if (!annotations.isEmpty() || !(type instanceof Class<?> raw) || !raw.isRecord()
                || raw.getEnclosingClass() != Dto.class) {
            return null;
        }
        RecordComponent[] components = raw.getRecordComponents();
        String[] names = new String[components.length];
        @SuppressWarnings("unchecked")
        JsonAdapter<Object>[] adapters = new JsonAdapter[components.length];
        MethodHandle[] accessors = new MethodHandle[components.length];
        Class<?>[] parameters = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                RecordComponent component = components[i];
                if (component.getType().isPrimitive() || qualified(component)) {
                    return null;
                }
                Json json = component.getAnnotation(Json.class);
                if (json != null && json.ignore()) {
                    return null;
                }
                names[i] = json == null || json.name().equals(Json.UNSET_NAME) ? component.getName() : json.name();
                adapters[i] = moshi.adapter(component.getGenericType());
                accessors[i] = LOOKUP.unreflect(component.getAccessor()).asType(methodType(Object.class, Object.class));
                parameters[i] = component.getType();
            }
            MethodHandle constructor = LOOKUP.unreflectConstructor(raw.getDeclaredConstructor(parameters))
                    .asSpreader(Object[].class, components.length)
                    .asType(methodType(Object.class, Object[].class));
            return new Bound(raw.getSimpleName(), names, adapters, accessors, constructor).nullSafe();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot bind the record " + raw.getName(), e);
        }
    }

    private static boolean qualified(RecordComponent component) {
        for (Annotation annotation : component.getDeclaredAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(JsonQualifier.class)) {
                return true;
            }
        }
        return false;
    }

    /** The adapter of one record type. */
    private static final class Bound extends JsonAdapter<Object> {
        private final String record;
        private final String[] names;
        private final JsonAdapter<Object>[] adapters;
        private final MethodHandle[] accessors;
        private final MethodHandle constructor;
        private final JsonReader.Options options;

        Bound(String record, String[] names, JsonAdapter<Object>[] adapters, MethodHandle[] accessors,
              MethodHandle constructor) {
            this.record = record;
            this.names = names;
            this.adapters = adapters;
            this.accessors = accessors;
            this.constructor = constructor;
            this.options = JsonReader.Options.of(names);
        }

        @Override
        public Object fromJson(JsonReader reader) throws IOException {
            Object[] values = new Object[names.length];
            reader.beginObject();
            while (reader.hasNext()) {
                int index = reader.selectName(options);
                if (index == -1) {
                    reader.skipName();
                    reader.skipValue();
                    continue;
                }
                values[index] = adapters[index].fromJson(reader);
            }
            reader.endObject();
            try {
                return (Object) constructor.invokeExact(values);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new AssertionError("the record " + record + " could not be made", e);
            }
        }

        @Override
        public void toJson(JsonWriter writer, Object value) throws IOException {
            writer.beginObject();
            for (int i = 0; i < names.length; i++) {
                writer.name(names[i]);
                Object component;
                try {
                    component = (Object) accessors[i].invokeExact(value);
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new AssertionError("the record " + record + " could not be read", e);
                }
                adapters[i].toJson(writer, component);
            }
            writer.endObject();
        }

        @Override
        public String toString() {
            return "JsonAdapter(" + record + ")";
        }
    }
}
