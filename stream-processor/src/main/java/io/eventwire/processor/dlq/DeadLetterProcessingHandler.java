package io.eventwire.processor.dlq;

import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

import java.util.Map;

/**
 * A step that throws on a record sends that record to the DLQ, named by the step (the processor's name is
 * the stage), and the stream thread goes on: no crash loop on a poison record.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {

    private final DeadLetterRouting routing = new DeadLetterRouting();

    @Override
    public void configure(Map<String, ?> configs) {
        routing.configure(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        return Response.resume(routing.route(context.processorNodeId(), exception, context));
    }
}
