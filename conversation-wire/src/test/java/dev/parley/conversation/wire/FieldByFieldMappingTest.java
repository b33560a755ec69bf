package dev.parley.conversation.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Objects;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each wire field reads into its own domain component and no other. The example documents pin the
 * text fields (they all differ); these pin the fields whose values an example cannot tell apart:
 * booleans, and counts that are equal in a realistic document.
 */
class FieldByFieldMappingTest {
    private static final UltraCartJson JSON = UltraCartJson.create();

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(textBlock = """
            closed,          true,  closed
            visible,         false, visible
            unread_messages, true,  unreadMessages
            message_count,   7,     messageCount
            """)
    void conversationSummaryFieldReadsIntoItsOwnComponent(String field, String value, String component) {
        assertOnlyComponentDiffers(field, value, component,
                fields -> "{\"conversations\":[{\"conversation_uuid\":\"c\"" + fields + "}]}",
                json -> JSON.conversations().read(json).items().get(0));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            agent_available_count,                 agentAvailableCount
            agent_busy_count,                      agentBusyCount
            agent_count,                           agentCount
            agent_unavailable_count,               agentUnavailableCount
            customer_abandon_count,                customerAbandonCount
            customer_active_count,                 customerActiveCount
            customer_average_abandon_time_seconds, customerAverageAbandonTimeSeconds
            customer_average_chat_time_seconds,    customerAverageChatTimeSeconds
            customer_average_hold_time_seconds,    customerAverageHoldTimeSeconds
            customer_chat_count,                   customerChatCount
            customer_waiting_count,                customerWaitingCount
            """)
    void queueStatusCountReadsIntoItsOwnComponent(String field, String component) {
        assertOnlyComponentDiffers(field, "7", component,
                fields -> "{\"queue_statuses\":[{\"queue_name\":\"q\"" + fields + "}]}",
                json -> JSON.queueStatuses().read(json).get(0));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            bounce,    bounce
            prefetch,  prefetch
            recording, recording
            redirect,  redirect
            """)
    void pageViewFlagReadsIntoItsOwnComponent(String field, String component) {
        assertOnlyComponentDiffers(field, "true", component,
                fields -> "{\"page_view\":[{\"url\":\"u\"" + fields + "}]}",
                json -> JSON.webchatContext().read(json).pageViews().get(0));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            bot,                    bot
            bounce,                 bounce
            device_switch_detected, deviceSwitchDetected
            fake_bot,               fakeBot
            no_cookie_support,      noCookieSupport
            prefetch,               prefetch
            """)
    void sessionStartFlagReadsIntoItsOwnComponent(String field, String component) {
        assertOnlyComponentDiffers(field, "true", component,
                fields -> "{\"session_start\":{\"channel\":\"c\"" + fields + "}}",
                json -> JSON.webchatContext().read(json).sessionStart());
    }

    /**
     * Reads the document {@code template} makes without the field and with {@code "field": value}, and
     * checks that exactly {@code component} of the extracted record differs between the two.
     */
    private static void assertOnlyComponentDiffers(String field, String value, String component,
            Function<String, String> template, Function<String, ? extends Record> read) {
        Record without = read.apply(template.apply(""));
        Record with = read.apply(template.apply(",\"" + field + "\":" + value));

        for (RecordComponent each : without.getClass().getRecordComponents()) {
            boolean same = Objects.equals(valueOf(each, without), valueOf(each, with));
            assertThat(same)
                    .as("component %s after setting %s (expected only %s to change)", each.getName(), field, component)
                    .isEqualTo(!each.getName().equals(component));
        }
    }

    private static Object valueOf(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new AssertionError(e);
        }
    }
}
