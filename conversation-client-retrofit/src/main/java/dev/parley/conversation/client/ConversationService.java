package dev.parley.conversation.client;

import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * UltraCart's 13 conversation endpoints, relative to the base URL ({@code .../rest/v2/}). Bodies stay
 * raw: the client reads and writes them with the wire codecs, so there is one JSON layer only.
 * Path values are encoded by Retrofit ({@code /}, {@code ?}, {@code %} and spaces included), so an
 * identifier never changes the path.
 */
interface ConversationService {

    @GET("conversation/agent/keepalive")
    Call<ResponseBody> keepAlive();

    @PUT("conversation/agent/auth")
    Call<ResponseBody> authorizeAgent();

    @GET("conversation/conversations")
    Call<ResponseBody> conversations(
            @Query("medium") String medium,
            @Query("before") String before,
            @Query("_limit") int limit,
            @Query("_offset") int offset);

    @PUT("conversation/conversations")
    Call<ResponseBody> startConversation(@Body RequestBody request);

    @GET("conversation/conversations/{conversation_uuid}")
    Call<ResponseBody> conversation(@Path("conversation_uuid") String uuid, @Query("limit") Integer limit);

    @PUT("conversation/conversations/{conversation_uuid}/context")
    Call<ResponseBody> webchatContext(@Path("conversation_uuid") String uuid);

    @GET("conversation/conversations/{conversation_uuid}/messages/{since}")
    Call<ResponseBody> messages(
            @Path("conversation_uuid") String uuid, @Path("since") long since, @Query("limit") Integer limit);

    @GET("conversation/upload_url/{extension}")
    Call<ResponseBody> uploadUrl(@Path("extension") String extension);

    @GET("conversation/conversations/queues/statuses")
    Call<ResponseBody> queueStatuses();

    @PUT("conversation/conversations/{conversation_uuid}/join")
    Call<ResponseBody> join(@Path("conversation_uuid") String uuid);

    @DELETE("conversation/conversations/{conversation_uuid}/leave")
    Call<ResponseBody> leave(@Path("conversation_uuid") String uuid);

    @PUT("conversation/conversations/{conversation_uuid}/markread")
    Call<ResponseBody> markRead(@Path("conversation_uuid") String uuid);

    @PUT("conversation/conversations/queues/{queue_name}/status")
    Call<ResponseBody> updateQueueStatus(@Path("queue_name") String queueName, @Body RequestBody status);
}
