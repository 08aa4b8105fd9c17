package io.eventwire.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a byte limit and stops reading the moment it is passed, whether or not
 * the server sent a Content-Length (chunked bodies too); a body it will not use is never read at all.
 */
final class BoundedBody implements BodySubscriber<BoundedBody.Body> {

    /** The bytes read, or why they were not. */
    record Body(byte[] bytes, String refusal, String detail) {
    }

    private final long limit;
    private final String refusal;
    private final String refusalDetail;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final CompletableFuture<Body> result = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;

    private BoundedBody(long limit, String refusal, String refusalDetail) {
        this.limit = limit;
        this.refusal = refusal;
        this.refusalDetail = refusalDetail;
    }

    static BoundedBody upTo(long limit) {
        return new BoundedBody(limit, null, null);
    }

    /** A subscriber that cancels at once: the body is refused before a byte of it is read. */
    static BoundedBody refusing(String reason, String detail) {
        return new BoundedBody(0, reason, detail);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (refusal != null) {
            s.cancel();
            result.complete(new Body(null, refusal, refusalDetail));
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        for (ByteBuffer item : items) {
            byte[] bytes = new byte[item.remaining()];
            item.get(bytes);
            buffer.write(bytes, 0, bytes.length);
        }
        if (buffer.size() > limit) {
            subscription.cancel();
            result.complete(new Body(null, "too-large", "body passed " + limit + " bytes while streaming"));
            return;
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(new Body(buffer.toByteArray(), null, null));
    }

    @Override
    public CompletionStage<Body> getBody() {
        return result;
    }

    /** Stops reading (a deadline passed); the exchange's future then completes or is cancelled. */
    void abort() {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        result.complete(new Body(null, "timeout", "body not complete within the read timeout"));
    }
}
