package dev.parley.conversation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The builders of the wide records users construct by hand: every component has a setter of its own name
 * that sets that component and no other, {@code toBuilder()} copies everything, and {@code build()}
 * validates as the constructor does.
 */
class RecordBuildersTest {

    static Stream<Class<? extends Record>> recordsWithBuilders() {
        return Stream.of(Cart.class, CartItem.class, WebchatContext.class, PageView.class, SessionStart.class,
                SessionUtm.class, Message.class, ConversationSummary.class);
    }

    @ParameterizedTest
    @MethodSource("recordsWithBuilders")
    void everyComponentHasASetterOfItsNameThatSetsThatComponent(Class<? extends Record> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Object builder = type.getMethod("builder").invoke(null);
        for (int i = 0; i < components.length; i++) {
            values[i] = sample(components[i].getGenericType(), i + 1);
            Method setter = builder.getClass().getMethod(components[i].getName(), components[i].getType());
            assertThat(setter.invoke(builder, values[i]))
                    .as("%s.Builder.%s returns the builder", type.getSimpleName(), setter.getName())
                    .isSameAs(builder);
        }

        Object built = builder.getClass().getMethod("build").invoke(builder);

        assertThat(built).isEqualTo(canonical(type).newInstance(values));
    }

    @ParameterizedTest
    @MethodSource("recordsWithBuilders")
    void toBuilderCopiesEveryComponent(Class<? extends Record> type) throws Exception {
        Record original = sampleRecord(type, 7);

        Object builder = type.getMethod("toBuilder").invoke(original);

        assertThat(builder.getClass().getMethod("build").invoke(builder)).isEqualTo(original);
    }

    @Test
    void aBuilderLeftAloneGivesAbsentComponentsAndEmptyLists() {
        assertThat(Cart.builder().build())
                .isEqualTo(new Cart(null, null, null, null, null, null, List.of(), List.of(), null, null, null, null));
        assertThat(WebchatContext.builder().build()).isEqualTo(WebchatContext.EMPTY);
        assertThat(SessionUtm.builder().build().utmSource()).isNull();
        assertThat(PageView.builder().build().metadata()).isEmpty();
    }

    @Test
    void aCartReadsAsItsFieldsWithoutPositionalNulls() {
        Cart cart = Cart.builder()
                .id(CartId.of("C-1001"))
                .currencyCode("USD")
                .addItem(CartItem.builder().itemId("SHOES").quantity(BigDecimal.ONE).build())
                .addItem(CartItem.builder().itemId("SOCKS").quantity(new BigDecimal("3")).build())
                .addCouponCode("WELCOME10")
                .build();

        assertThat(cart.id()).isEqualTo(CartId.of("C-1001"));
        assertThat(cart.items()).extracting(CartItem::itemId).containsExactly("SHOES", "SOCKS");
        assertThat(cart.couponCodes()).containsExactly("WELCOME10");
        assertThat(cart.merchantId()).isNull();
    }

    @Test
    void toBuilderChangesOnlyWhatIsSet() {
        Cart cart = Cart.builder().id(CartId.of("C-1")).currencyCode("USD").addCouponCode("A").build();

        Cart euros = cart.toBuilder().currencyCode("EUR").build();

        assertThat(euros).isEqualTo(new Cart(CartId.of("C-1"), null, "EUR", null, null, null, List.of(),
                List.of("A"), null, null, null, null));
        assertThat(cart.currencyCode()).isEqualTo("USD");
    }

    @Test
    void aListGivenToABuilderIsCopiedAndNullClearsIt() {
        List<String> codes = new ArrayList<>(List.of("A"));
        Cart.Builder builder = Cart.builder().couponCodes(codes);
        codes.add("B");

        assertThat(builder.build().couponCodes()).containsExactly("A");
        assertThat(builder.couponCodes(null).build().couponCodes()).isEmpty();
    }

    @Test
    void buildValidatesAsTheConstructorAndNamesTheComponent() {
        assertThatThrownBy(() -> Message.builder().body("hello").build())
                .isInstanceOf(NullPointerException.class)
                .hasMessage("message sent at must not be null");
        assertThatThrownBy(() -> ConversationSummary.builder().messageCount(1).build())
                .isInstanceOf(NullPointerException.class)
                .hasMessage("conversation id must not be null");
        assertThatThrownBy(() -> ConversationSummary.builder().id(ConversationId.of("c")).messageCount(-1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("message count must be at least 0 but was -1");
        assertThatThrownBy(() -> Cart.builder().addItem(null).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cart items must not contain null but element 0 was null");
        assertThatThrownBy(() -> Cart.builder()
                        .shipping(new CartContact("Ada", null, null, "ada@example.com", null, null, null)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shipping email must be null");
    }

    @Test
    void aSummaryIsVisibleOpenReadAndEmptyUnlessSaidOtherwise() {
        ConversationSummary summary = ConversationSummary.builder().id(ConversationId.of("c")).build();

        assertThat(summary.visible()).isTrue();
        assertThat(summary.closed()).isFalse();
        assertThat(summary.unreadMessages()).isFalse();
        assertThat(summary.messageCount()).isZero();
        assertThat(summary.participants()).isEmpty();
    }

    @Test
    void aMessageNeedsOnlyItsSendTime() {
        Instant sent = Instant.parse("2026-11-24T05:32:16.123Z");

        Message message = Message.builder()
                .author(ParticipantArn.of("arn:customer:+15125550100"))
                .body("Where is my order?")
                .sentAt(sent)
                .addUploadKey(UploadKey.of("k1"))
                .build();

        assertThat(message).isEqualTo(new Message(null, null, ParticipantArn.of("arn:customer:+15125550100"), null,
                "Where is my order?", null, sent, null, null, List.of(), List.of(UploadKey.of("k1")), List.of()));
    }

    private static Record sampleRecord(Class<?> type, int seed) throws ReflectiveOperationException {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = sample(components[i].getGenericType(), seed * 31 + i);
        }
        // UltraCart's cart shipping contact carries no email, and the cart refuses one.
        if (type == CartContact.class) {
            values[3] = null;
        }
        return (Record) canonical(type).newInstance(values);
    }

    /** A value of {@code type} that differs for every seed, so that a setter writing the wrong component shows. */
    private static Object sample(Type type, int seed) throws ReflectiveOperationException {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            Type element = list.getActualTypeArguments()[0];
            return List.of(sample(element, seed), sample(element, seed + 1000));
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return "s" + seed;
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return seed % 2 == 0;
        }
        if (raw == Integer.class || raw == int.class) {
            return seed;
        }
        if (raw == Double.class) {
            return seed + 0.5;
        }
        if (raw == BigDecimal.class) {
            return new BigDecimal(seed + ".25");
        }
        if (raw == Instant.class) {
            return Instant.ofEpochSecond(1_700_000_000L + seed);
        }
        if (raw.isEnum()) {
            Object[] constants = Arrays.stream(raw.getEnumConstants())
                    .filter(c -> !((Enum<?>) c).name().equals("UNKNOWN"))
                    .toArray();
            return constants[seed % constants.length];
        }
        if (raw.isRecord()) {
            return sampleRecord(raw, seed);
        }
        throw new AssertionError("no sample for " + type);
    }

    private static Constructor<?> canonical(Class<?> type) throws NoSuchMethodException {
        Class<?>[] parameters = Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        return type.getDeclaredConstructor(parameters);
    }
}
