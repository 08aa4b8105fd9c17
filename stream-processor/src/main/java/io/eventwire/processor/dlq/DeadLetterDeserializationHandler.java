package io.eventwire.processor.dlq;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

import java.util.Map;

/** A record that is not JSON or not a RawArticle goes to the DLQ, and the stream thread goes on. */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {

    public static final String STAGE = "deserialize";

    private final DeadLetterRouting routing = new DeadLetterRouting();

    @Override
    public void configure(Map<String, ?> configs) {
        routing.configure(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
                                Exception exception) {
        return Response.resume(routing.route(STAGE, exception, context));
    }
}
