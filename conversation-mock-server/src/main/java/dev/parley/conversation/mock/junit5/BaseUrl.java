package dev.parley.conversation.mock.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code String} or {@code java.net.URI} parameter that receives the fake's base URL,
 * {@code http://127.0.0.1:PORT/rest/v2}, from {@link FakeUltraCartTest} or {@link FakeUltraCartExtension}.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface BaseUrl {
}
