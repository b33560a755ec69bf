package dev.parley.conversation.mock.server;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the start and stop announcements of an embedded fake's Jetty and Javalin (INFO lines such as
 * {@code jetty-12...}, {@code Started ServerConnector...}, {@code Javalin started...}) out of the application's
 * log: while a fake starts or stops, the loggers that announce it are raised to WARN in the application's
 * SLF4J provider, then put back as they were. Warnings and errors still show.
 *
 * <p>SLF4J has no API to set a level, so each provider is reached by reflection: Logback, Log4j 2, SLF4J's
 * simple logger and {@code java.util.logging}. With any other provider, or when reflection is refused (a
 * strong module boundary), nothing changes. Fakes starting and stopping at once share one raise: the first
 * raises, the last puts back.
 */
final class ServerLogLevels {
    /** The loggers that announce Jetty's and Javalin's start and stop at INFO. */
    static final List<String> ANNOUNCERS = List.of(
            "io.javalin.Javalin",
            "org.eclipse.jetty.server.Server",
            "org.eclipse.jetty.server.AbstractConnector",
            "org.eclipse.jetty.server.handler.ContextHandler",
            "org.eclipse.jetty.ee10.servlet.ServletContextHandler",
            "org.eclipse.jetty.session.DefaultSessionIdManager");

    private static final Object LOCK = new Object();
    private static int holders;
    private static List<Runnable> restorers = List.of();

    private ServerLogLevels() {
    }

    /** Runs {@code action} with the announcers raised to WARN; returns what it returns. */
    static <T> T quietly(Supplier<T> action) {
        raise();
        try {
            return action.get();
        } finally {
            lower();
        }
    }

    private static void raise() {
        synchronized (LOCK) {
            if (holders++ == 0) {
                List<Runnable> undo = new ArrayList<>();
                for (String name : ANNOUNCERS) {
                    Runnable restore = raiseToWarn(LoggerFactory.getLogger(name));
                    if (restore != null) {
                        undo.add(restore);
                    }
                }
                restorers = undo;
            }
        }
    }

    private static void lower() {
        synchronized (LOCK) {
            if (--holders == 0) {
                restorers.forEach(Runnable::run);
                restorers = List.of();
            }
        }
    }

    /** Raises one logger to WARN; returns how to put it back, or null when it was not raised. */
    private static Runnable raiseToWarn(Logger logger) {
        if (!logger.isInfoEnabled()) {
            return null;
        }
        try {
            switch (logger.getClass().getName()) {
                case "ch.qos.logback.classic.Logger":
                    return logback(logger);
                case "org.slf4j.simple.SimpleLogger":
                    return simple(logger);
                case "org.apache.logging.slf4j.Log4jLogger":
                    return log4j(logger.getName(), logger.getClass().getClassLoader());
                case "org.slf4j.jul.JDK14LoggerAdapter":
                    return jul(logger.getName());
                default:
                    return null;
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // An unfamiliar version or a module that refuses reflection: the lines then show, nothing breaks.
            return null;
        }
    }

    private static Runnable logback(Logger logger) throws ReflectiveOperationException {
        Class<?> level = Class.forName("ch.qos.logback.classic.Level", true, logger.getClass().getClassLoader());
        Method getLevel = logger.getClass().getMethod("getLevel");
        Method setLevel = logger.getClass().getMethod("setLevel", level);
        Object previous = getLevel.invoke(logger);
        setLevel.invoke(logger, level.getField("WARN").get(null));
        return () -> invokeQuietly(setLevel, logger, previous);
    }

    private static Runnable simple(Logger logger) throws ReflectiveOperationException {
        Field current = logger.getClass().getDeclaredField("currentLogLevel");
        current.setAccessible(true);
        int previous = current.getInt(logger);
        current.setInt(logger, org.slf4j.spi.LocationAwareLogger.WARN_INT);
        return () -> {
            try {
                current.setInt(logger, previous);
            } catch (IllegalAccessException e) {
                // Set a moment ago through the same accessible field: cannot happen.
            }
        };
    }

    private static Runnable log4j(String name, ClassLoader loader) throws ReflectiveOperationException {
        Class<?> logManager = Class.forName("org.apache.logging.log4j.LogManager", true, loader);
        Class<?> level = Class.forName("org.apache.logging.log4j.Level", true, loader);
        Object core = logManager.getMethod("getLogger", String.class).invoke(null, name);
        Method getLevel = core.getClass().getMethod("getLevel");
        Method setLevel = core.getClass().getMethod("setLevel", level);
        Object previous = getLevel.invoke(core);
        setLevel.invoke(core, level.getField("WARN").get(null));
        return () -> invokeQuietly(setLevel, core, previous);
    }

    private static Runnable jul(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        java.util.logging.Level previous = logger.getLevel();
        logger.setLevel(java.util.logging.Level.WARNING);
        // The strong reference to the logger keeps the level: java.util.logging holds loggers weakly.
        return () -> logger.setLevel(previous);
    }

    private static void invokeQuietly(Method method, Object target, Object argument) {
        try {
            method.invoke(target, argument);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Worked a moment ago on the same object; a provider that changed under us keeps WARN.
        }
    }
}
