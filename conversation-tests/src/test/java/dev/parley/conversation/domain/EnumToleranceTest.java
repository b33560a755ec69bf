package dev.parley.conversation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EnumToleranceTest {

    @Test
    void unknownValuesReadAsUnknownInsteadOfFailing() {
        assertThat(Medium.fromValue("carrier-pigeon")).isEqualTo(Medium.UNKNOWN);
        assertThat(DeliveryStatus.fromValue("DELIVERED_BY_OWL")).isEqualTo(DeliveryStatus.UNKNOWN);
        assertThat(AgentStatus.fromValue(null)).isEqualTo(AgentStatus.UNKNOWN);
    }

    @Test
    void knownValuesMatchUltraCartsExactSpelling() {
        assertThat(Medium.fromValue("sms")).isEqualTo(Medium.SMS);
        assertThat(Medium.fromValue("SMS")).isEqualTo(Medium.UNKNOWN);
        assertThat(DeliveryStatus.fromValue("SENT_TO_TWILIO")).isEqualTo(DeliveryStatus.SENT_TO_TWILIO);
        assertThat(DeliveryStatus.fromValue("read")).isEqualTo(DeliveryStatus.READ);
        for (MessageType type : MessageType.values()) {
            if (type != MessageType.UNKNOWN) {
                assertThat(MessageType.fromValue(type.value())).isEqualTo(type);
            }
        }
    }

    @Test
    void parseRefusesUnknownValuesNamingTheAcceptedOnes() {
        assertThatThrownBy(() -> AgentStatus.parse("sleeping"))
                .hasMessage("agent status must be one of available, busy, unavailable but was \"sleeping\"");
        assertThat(AgentStatus.parse("busy")).isEqualTo(AgentStatus.BUSY);
    }

    @Test
    void unknownHasNoValueToSend() {
        assertThatThrownBy(Medium.UNKNOWN::value).isInstanceOf(IllegalStateException.class);
    }
}
