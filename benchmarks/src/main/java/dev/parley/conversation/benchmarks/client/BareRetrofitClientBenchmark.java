package dev.parley.conversation.benchmarks.client;

import com.squareup.moshi.Json;
import com.squareup.moshi.Moshi;
import dev.parley.conversation.benchmarks.http.Fixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;
import retrofit2.http.GET;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The floor under Parley's client: what a team writes in an afternoon with Retrofit and Moshi alone
 * (an interface, Moshi records of the contract's fields with date-times left as text, Retrofit's Moshi
 * converter, OkHttp's defaults, the credential as a header), making the same four calls as
 * {@code ParleyClientBenchmark}, against the same fake. No typed errors, no retries, no validation,
 * no domain: what Parley adds on top of this is what the comparison measures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 4, time = 3)
@Fork(1)
public class BareRetrofitClientBenchmark {

    /** The fake's API base URL, {@code http://127.0.0.1:PORT/rest/v2}. */
    @Param("http://127.0.0.1:8089/rest/v2")
    public String baseUrl;
    /** The fixture's conversation. */
    @Param("")
    public String conversation;
    /** The fixture's messages-since epoch millisecond. */
    @Param("0")
    public long since;

    private Api api;

    /** The endpoints measured. */
    interface Api {
        @GET("conversation/conversations")
        Call<ConversationsResponse> list(@Query("_limit") int limit);

        @GET("conversation/conversations/{uuid}")
        Call<ConversationResponse> get(@Path("uuid") String uuid, @Query("limit") int limit);

        @GET("conversation/conversations/{uuid}/messages/{since}")
        Call<MessagesResponse> messages(@Path("uuid") String uuid, @Path("since") long since, @Query("limit") int limit);

        @PUT("conversation/conversations/{uuid}/markread")
        Call<ResponseBody> markRead(@Path("uuid") String uuid);
    }

    /** {@code ConversationsResponse}. */
    public record ConversationsResponse(List<ConversationDto> conversations, Metadata metadata, Boolean success) {
    }

    /** {@code ConversationResponse}. */
    public record ConversationResponse(ConversationDto conversation, Metadata metadata, Boolean success) {
    }

    /** {@code ConversationMessagesResponse}. */
    public record MessagesResponse(
            @Json(name = "conversation_messages") List<MessageDto> conversationMessages, Metadata metadata,
            Boolean success) {
    }

    /** {@code ResponseMetadata}. */
    public record Metadata(@Json(name = "result_set") ResultSet resultSet) {
    }

    /** {@code ResultSet}. */
    public record ResultSet(Integer count, Integer limit, Boolean more, @Json(name = "next_offset") Integer nextOffset,
                            Integer offset, @Json(name = "total_records") Integer totalRecords) {
    }

    /** {@code Conversation}. */
    public record ConversationDto(
            @Json(name = "base_language_iso_code") String baseLanguageIsoCode,
            Boolean closed,
            @Json(name = "conversation_arn") String conversationArn,
            @Json(name = "conversation_uuid") String conversationUuid,
            @Json(name = "last_conversation_message_body") String lastConversationMessageBody,
            @Json(name = "last_conversation_participant_arn") String lastConversationParticipantArn,
            @Json(name = "last_conversation_participant_name") String lastConversationParticipantName,
            @Json(name = "last_interactive_message_dts") String lastInteractiveMessageDts,
            @Json(name = "last_message_dts") String lastMessageDts,
            String medium,
            @Json(name = "merchant_id") String merchantId,
            @Json(name = "message_count") Integer messageCount,
            List<MessageDto> messages,
            List<ParticipantDto> participants,
            @Json(name = "start_dts") String startDts,
            @Json(name = "unread_messages") Boolean unreadMessages,
            Boolean visible) {
    }

    /** {@code ConversationParticipant}. */
    public record ParticipantDto(
            @Json(name = "conversation_participant_arn") String conversationParticipantArn,
            @Json(name = "conversation_participant_name") String conversationParticipantName,
            @Json(name = "conversation_participant_uuid") String conversationParticipantUuid,
            @Json(name = "joined_dts") String joinedDts,
            @Json(name = "last_message_dts") String lastMessageDts,
            @Json(name = "left_dts") String leftDts,
            @Json(name = "profile_image_url") String profileImageUrl,
            String status,
            String timezone,
            @Json(name = "unread_messages") Integer unreadMessages) {
    }

    /** {@code ConversationMessage}. */
    public record MessageDto(
            @Json(name = "author_conversation_participant_arn") String authorConversationParticipantArn,
            @Json(name = "author_conversation_participant_name") String authorConversationParticipantName,
            String body,
            @Json(name = "client_message_id") String clientMessageId,
            @Json(name = "conversation_message_uuid") String conversationMessageUuid,
            @Json(name = "delay_until_dts") String delayUntilDts,
            @Json(name = "media_urls") List<String> mediaUrls,
            @Json(name = "merchant_id") String merchantId,
            @Json(name = "message_dts") String messageDts,
            @Json(name = "message_epoch") Long messageEpoch,
            String type,
            @Json(name = "upload_keys") List<String> uploadKeys) {
    }

    @Setup
    public void connect() {
        OkHttpClient http = new OkHttpClient.Builder()
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                        .header("x-ultracart-simple-key", Fixture.KEY)
                        .header("X-UltraCart-Api-Version", "2017-03-01")
                        .build()))
                .build();
        api = new Retrofit.Builder()
                .baseUrl(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/")
                .client(http)
                .addConverterFactory(MoshiConverterFactory.create(new Moshi.Builder().build()))
                .build()
                .create(Api.class);
        list();
    }

    @Benchmark
    public ConversationsResponse list() {
        return body(api.list(50));
    }

    @Benchmark
    public ConversationResponse get() {
        return body(api.get(conversation, 20));
    }

    @Benchmark
    public MessagesResponse messagesSince() {
        return body(api.messages(conversation, since, 20));
    }

    @Benchmark
    public void markRead() {
        try (ResponseBody ignored = body(api.markRead(conversation))) {
            // 204: nothing to read
        }
    }

    private static <T> T body(Call<T> call) {
        try {
            Response<T> response = call.execute();
            if (!response.isSuccessful()) {
                throw new IllegalStateException("answered " + response.code());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
