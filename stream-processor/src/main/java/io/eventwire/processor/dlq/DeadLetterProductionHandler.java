package io.eventwire.processor.dlq;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;

import java.util.Map;

/**
 * An output the broker refuses for what it is (too large) or that cannot be serialized goes to the DLQ with
 * its source record. Any other production error fails the task: it is the cluster's trouble, not the
 * record's, and under exactly-once the task is retried rather than the record dropped.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {

    public static final String PRODUCE_STAGE = "produce";
    public static final String SERIALIZE_STAGE = "serialize";

    private final DeadLetterRouting routing = new DeadLetterRouting();

    @Override
    public void configure(Map<String, ?> configs) {
        routing.configure(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record,
                                Exception exception) {
        if (exception instanceof RecordTooLargeException) {
            return Response.resume(routing.route(PRODUCE_STAGE, exception, context));
        }
        return Response.fail();
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
                                             SerializationExceptionOrigin origin) {
        return Response.resume(routing.route(SERIALIZE_STAGE, exception, context));
    }
}
