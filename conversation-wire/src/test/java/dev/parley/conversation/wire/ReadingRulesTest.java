package dev.parley.conversation.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.conversation.domain.Cart;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.InvalidRequestException;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.Page;
import dev.parley.conversation.domain.TransportException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import okio.Buffer;
import okio.BufferedSource;
import okio.Okio;
import okio.Source;
import okio.Timeout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How reading fills what UltraCart leaves out, and what it tolerates. */
class ReadingRulesTest {
    private static final UltraCartJson JSON = UltraCartJson.create();
    private static final String TWO_SUMMARIES = "[{\"conversation_uuid\":\"a\"},{\"conversation_uuid\":\"b\"}]";

    @Test
    void messageDtsIsPreferredOverMessageEpochWhenBothAreSent() {
        List<Message> messages = JSON.messages().read("{\"conversation_messages\":[{"
                + "\"message_dts\":\"2026-11-24T05:00:00.250-05:00\",\"message_epoch\":0}]}");

        assertThat(messages.get(0).sentAt()).isEqualTo(Instant.parse("2026-11-24T10:00:00.250Z"));
    }

    @Test
    void messageEpochGivesTheTimeWhenMessageDtsIsAbsentOrNull() {
        List<Message> messages = JSON.messages().read("{\"conversation_messages\":["
                + "{\"message_epoch\":1795514400250},{\"message_dts\":null,\"message_epoch\":-1}]}");

        assertThat(messages).extracting(Message::sentAt).containsExactly(
                Instant.parse("2026-11-24T10:00:00.250Z"), Instant.parse("1969-12-31T23:59:59.999Z"));
    }

    @ParameterizedTest(name = "result_set {0} -> offset {1}, limit {2}, total {3}, next {4}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            {"offset":10,"limit":2,"count":2,"more":true,"next_offset":12,"total_records":30} | 10 | 2 | 30   | 12
            {"offset":10,"limit":2,"count":2,"more":true}                                     | 10 | 2 | none | 12
            {"offset":10,"limit":5,"more":true}                                               | 10 | 5 | none | 12
            {"offset":10,"limit":2,"more":false,"next_offset":12}                             | 10 | 2 | none | none
            {"offset":10,"limit":2,"next_offset":12}                                          | 10 | 2 | none | 12
            {"offset":10,"limit":2}                                                           | 10 | 2 | none | none
            {"more":false}                                                                    | 0  | 2 | none | none
            {"more":null,"next_offset":null,"total_records":null}                             | 0  | 2 | none | none
            """)
    void pagePositionIsDerivedFromResultSet(String resultSet, int offset, int limit, Integer total, Integer next) {
        Page<ConversationSummary> page = JSON.conversations().read(
                "{\"conversations\":" + TWO_SUMMARIES + ",\"metadata\":{\"result_set\":" + resultSet + "}}");

        assertThat(page.offset()).isEqualTo(offset);
        assertThat(page.limit()).isEqualTo(limit);
        assertThat(page.totalRecords()).isEqualTo(total);
        assertThat(page.nextOffset()).isEqualTo(next);
        assertThat(page.items()).hasSize(2);
    }

    @Test
    void responseWithoutResultSetIsOnePageHoldingEverything() {
        assertThat(JSON.conversations().read("{\"conversations\":" + TWO_SUMMARIES + ",\"metadata\":{}}"))
                .isEqualTo(JSON.conversations().read("{\"conversations\":" + TWO_SUMMARIES + "}"))
                .satisfies(page -> {
                    assertThat(page.offset()).isZero();
                    assertThat(page.limit()).isEqualTo(2);
                    assertThat(page.hasMore()).isFalse();
                });
        assertThat(JSON.conversations().read("{}")).isEqualTo(new Page<>(List.of(), 0, 0, null, null));
    }

    @Test
    void readingIgnoresUnknownFieldsOfEveryShape() {
        String unknown = "\"x_number\":1.5e300,\"x_string\":\"s\",\"x_null\":null,\"x_bool\":true,"
                + "\"x_array\":[1,[2,{\"a\":[]}],null],\"x_object\":{\"conversation_uuid\":{\"deep\":[{}]}}";

        Page<ConversationSummary> page = JSON.conversations().read(
                "{" + unknown + ",\"conversations\":[{" + unknown + ",\"conversation_uuid\":\"a\"}],"
                        + "\"metadata\":{" + unknown + ",\"result_set\":{" + unknown + "}}}");

        assertThat(page.items()).extracting(summary -> summary.id().value()).containsExactly("a");
    }

    @Test
    void numbersSentAsStringsAreRead() {
        Page<ConversationSummary> page = JSON.conversations().read(
                "{\"conversations\":[{\"conversation_uuid\":\"a\",\"message_count\":\"3\"}]}");
        Cart cart = JSON.webchatContext().read("{\"cart\":{\"items\":[{\"quantity\":\" 2.50 \"}]}}").cart();

        assertThat(page.items().get(0).messageCount()).isEqualTo(3);
        assertThat(cart.items().get(0).quantity()).isEqualTo(new BigDecimal("2.50"));
    }

    @Test
    void identifiersSentAsNumbersAreReadAsTheirText() {
        Page<ConversationSummary> page = JSON.conversations().read(
                "{\"conversations\":[{\"conversation_uuid\":12345,\"merchant_id\":77}]}");

        assertThat(page.items().get(0).id().value()).isEqualTo("12345");
        assertThat(page.items().get(0).merchantId().value()).isEqualTo("77");
    }

    @Test
    void nullElementsOfAResponsesListsAreSkipped() {
        Page<ConversationSummary> page = JSON.conversations().read("{\"conversations\":[null,{\"conversation_uuid\":\"a\","
                + "\"participants\":[null]}]}");
        List<Message> messages = JSON.messages().read(
                "{\"conversation_messages\":[{\"message_epoch\":1,\"media_urls\":[null,\"https://m/1\",null]},null]}");

        assertThat(page.items()).singleElement().satisfies(summary -> assertThat(summary.participants()).isEmpty());
        assertThat(messages).singleElement().satisfies(message -> assertThat(message.mediaUrls()).containsExactly("https://m/1"));
    }

    @Test
    void cartShippingEmailOutsideTheSchemaIsIgnored() {
        Cart cart = JSON.webchatContext().read(
                "{\"cart\":{\"shipping\":{\"first_name\":\"Sam\",\"email\":\"sam@example.com\"}}}").cart();

        assertThat(cart.shipping().firstName()).isEqualTo("Sam");
        assertThat(cart.shipping().email()).isNull();
    }

    @Test
    void cartContactWithoutAnyAddressFieldHasNoAddress() {
        Cart cart = JSON.webchatContext().read("{\"cart\":{\"billing\":{\"email\":\"d@example.com\"}}}").cart();

        assertThat(cart.billing().email()).isEqualTo("d@example.com");
        assertThat(cart.billing().address()).isNull();
    }

    @Test
    void customerProfileNameComesFromTheFirstBillingAddressOnly() {
        Cart named = JSON.webchatContext().read("{\"cart\":{\"customer_profile\":{\"billing_addresses\":["
                + "{\"first_name\":\"Dana\",\"last_name\":null},{\"first_name\":\"X\",\"last_name\":\"Y\"}]}}}").cart();
        Cart unnamed = JSON.webchatContext().read(
                "{\"cart\":{\"customer_profile\":{\"billing_addresses\":[],\"email\":\"d@example.com\"}}}").cart();

        assertThat(named.customerProfile().firstName()).isEqualTo("Dana");
        assertThat(named.customerProfile().lastName()).isNull();
        assertThat(unnamed.customerProfile().firstName()).isNull();
        assertThat(unnamed.customerProfile().email()).isEqualTo("d@example.com");
    }

    @Test
    void couponsWithoutACodeAreSkipped() {
        Cart cart = JSON.webchatContext().read(
                "{\"cart\":{\"coupons\":[{\"coupon_code\":\"A\"},{},null,{\"coupon_code\":null},{\"coupon_code\":\"B\"}]}}")
                .cart();

        assertThat(cart.couponCodes()).containsExactly("A", "B");
    }

    @Test
    void responseSourceThatFailsIsATransportFailure() {
        assertThatThrownBy(() -> JSON.conversations().read(failingAfter("{\"conversations\":[")))
                .isExactlyInstanceOf(TransportException.class)
                .hasMessageContaining("ConversationsResponse")
                .hasRootCauseMessage("connection reset");
    }

    @Test
    void requestSourceThatFailsIsNotBlamedOnTheClient() {
        assertThatThrownBy(() -> JSON.startRequest().read(failingAfter("{\"add_conversation_")))
                .isExactlyInstanceOf(UncheckedIOException.class)
                .isNotInstanceOf(InvalidRequestException.class)
                .hasRootCauseMessage("connection reset");
    }

    @Test
    void oneSharedInstanceReadsAndWritesFromManyThreads() {
        List<Page<ConversationSummary>> pages = LongStream.range(0, 200).mapToObj(seed -> new GeneratedValues(seed).page())
                .toList();

        List<Page<ConversationSummary>> readBack = pages.parallelStream()
                .map(page -> JSON.conversations().read(JSON.conversations().write(page)))
                .toList();

        assertThat(readBack).isEqualTo(pages);
    }

    /** A source that gives {@code prefix} and then fails as a dropped connection does. */
    private static BufferedSource failingAfter(String prefix) {
        Buffer start = new Buffer().writeUtf8(prefix);
        return Okio.buffer(new Source() {
            @Override
            public long read(Buffer sink, long byteCount) throws IOException {
                if (start.exhausted()) {
                    throw new IOException("connection reset");
                }
                return start.read(sink, byteCount);
            }

            @Override
            public Timeout timeout() {
                return Timeout.NONE;
            }

            @Override
            public void close() {
            }
        });
    }
}
