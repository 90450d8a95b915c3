package org.subtext.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import org.subtext.markdown.Html;

/**
 * Reads a view record's component ({@code page.title}) through its accessor, found once per record
 * class. Pebble's own resolver looks the member up in a shared cache and copies its parameter
 * types on every access: a third of the time a page takes to render. Whatever this does not take
 * (maps, lists, methods with arguments, a component shadowed by {@code getX}, {@code isX} or
 * {@code hasX}, which Pebble would call instead) goes on to Pebble's resolver, unchanged. Rendered
 * Markdown ({@link Html}) is read as {@link SafeHtml}: printed without escaping, copied as bytes.
 */
final class RecordAttributes implements AttributeResolver {

    /** Passed to every accessor, instead of the empty array a call without arguments allocates. */
    private static final Object[] NO_ARGUMENTS = {};

    private final ClassValue<Map<String, Method>> accessors = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> found = new HashMap<>();
            if (!type.isRecord() || !Modifier.isPublic(type.getModifiers())) {
                return found;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                String name = component.getName();
                String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
                if (!shadowed(type, "get" + capitalized) && !shadowed(type, "is" + capitalized)
                        && !shadowed(type, "has" + capitalized)) {
                    Method accessor = component.getAccessor();
                    // accessible once here, so no call checks access again (that check looks up the caller's class)
                    if (accessor.trySetAccessible()) {
                        found.put(name, accessor);
                    }
                }
            }
            return found;
        }
    };

    private static boolean shadowed(Class<?> type, String method) {
        try {
            type.getMethod(method);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    @Override
    public ResolvedAttribute resolve(Object instance, Object attributeNameValue, Object[] argumentValues,
                                     ArgumentsNode args, EvaluationContextImpl context, String filename,
                                     int lineNumber) {
        if (instance == null || argumentValues != null) {
            return null;
        }
        Method accessor = accessors.get(instance.getClass()).get(String.valueOf(attributeNameValue));
        if (accessor == null) {
            return null;
        }
        try {
            Object value = accessor.invoke(instance, NO_ARGUMENTS);
            return new ResolvedAttribute(value instanceof Html html ? new SafeHtml(html) : value);
        } catch (IllegalAccessException e) {
            return null;
        } catch (InvocationTargetException e) {
            throw new PebbleException(e.getCause(), "reading [" + attributeNameValue + "] failed", lineNumber,
                    filename);
        }
    }
}
