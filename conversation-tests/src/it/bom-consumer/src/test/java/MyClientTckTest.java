import dev.parley.conversation.client.UltraCartConversationClient;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.RealtimePort;
import dev.parley.conversation.tck.fake.FakeUltraCartVerification;

class MyClientTckTest extends FakeUltraCartVerification {

    @Override
    protected ConversationPort newPort(String baseUrl, String credential) {
        return client(baseUrl, credential);
    }

    @Override
    protected RealtimePort newRealtimePort(String baseUrl, String credential) {
        return client(baseUrl, credential).realtime();          // return null to skip the realtime rules
    }

    private static UltraCartConversationClient client(String baseUrl, String credential) {
        return UltraCartConversationClient.builder().baseUrl(baseUrl).simpleKey(credential).build();
    }
}
