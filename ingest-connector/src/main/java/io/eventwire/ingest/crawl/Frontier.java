package io.eventwire.ingest.crawl;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;

/**
 * The URLs of one crawl pass, queued per host, handed to workers so that a host never has two requests in
 * flight and its next request starts no sooner than its interval after the previous one <em>ended</em>.
 * Measuring from the end (not the start) keeps the rate a server sees under the limit whatever the network
 * and thread scheduling do to individual requests. The last-request times outlive the pass, so polls in
 * quick succession stay polite too.
 */
final class Frontier {

    /** A worker's exclusive hold on a host, with the task it is to do there. */
    record Lease(String host, FetchTask task) {
    }

    private static final class HostQueue {
        final String host;
        final Deque<FetchTask> tasks = new ArrayDeque<>();
        long readyAt;
        boolean busy;
        boolean scheduled;

        HostQueue(String host) {
            this.host = host;
        }
    }

    private final Map<String, HostQueue> hosts = new HashMap<>();
    private final PriorityQueue<HostQueue> ready = new PriorityQueue<>(Comparator.comparingLong(q -> q.readyAt));
    private final Map<String, Long> lastRequestEnd;
    private final Map<String, Long> intervals;
    private int outstanding;
    private boolean stopped;

    /**
     * @param lastRequestEnd per host, the {@link System#nanoTime()} its last request ended, shared by passes
     * @param intervals      per host, the interval in nanoseconds last used, shared by passes
     */
    Frontier(Map<String, Long> lastRequestEnd, Map<String, Long> intervals) {
        this.lastRequestEnd = lastRequestEnd;
        this.intervals = intervals;
    }

    synchronized void add(String host, FetchTask task) {
        HostQueue queue = hosts.computeIfAbsent(host, HostQueue::new);
        queue.tasks.addLast(task);
        outstanding++;
        scheduleIfIdle(queue, earliestStart(host));
        notifyAll();
    }

    /** The next task whose host may be asked now; null once the pass has nothing left (or was stopped). */
    synchronized Lease take() throws InterruptedException {
        while (true) {
            if (stopped || outstanding == 0) {
                return null;
            }
            HostQueue next = ready.peek();
            if (next == null) {
                wait();
                continue;
            }
            long wait = next.readyAt - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.timedWait(this, wait);
                continue;
            }
            ready.poll();
            next.scheduled = false;
            next.busy = true;
            return new Lease(next.host, next.tasks.pollFirst());
        }
    }

    /**
     * The lease's task is finished.
     *
     * @param requested whether a request was sent (only then does the host's interval start again)
     * @param interval  the host's interval in nanoseconds (robots.txt Crawl-delay may have raised it)
     */
    synchronized void done(Lease lease, boolean requested, long interval) {
        outstanding--;
        release(lease.host(), requested, interval, 0);
    }

    /** The lease's task failed unexpectedly, perhaps after its request: the host keeps the interval it had. */
    synchronized void failed(Lease lease) {
        done(lease, true, intervals.getOrDefault(lease.host(), 0L));
    }

    /**
     * The lease's task goes back to the head of its host's queue (robots.txt was fetched first, or the server
     * asked to retry later), to run no sooner than {@code notBefore} nanoseconds from now.
     */
    synchronized void putBack(Lease lease, FetchTask task, boolean requested, long interval, long notBefore) {
        hosts.get(lease.host()).tasks.addFirst(task);
        release(lease.host(), requested, interval, notBefore);
    }

    synchronized void stop() {
        stopped = true;
        notifyAll();
    }

    private void release(String host, boolean requested, long interval, long notBefore) {
        long now = System.nanoTime();
        if (requested) {
            lastRequestEnd.put(host, now);
        }
        intervals.put(host, interval);
        HostQueue queue = hosts.get(host);
        queue.busy = false;
        scheduleIfIdle(queue, Math.max(earliestStart(host), now + notBefore));
        notifyAll();
    }

    private long earliestStart(String host) {
        Long last = lastRequestEnd.get(host);
        return last == null ? System.nanoTime() : last + intervals.getOrDefault(host, 0L);
    }

    private void scheduleIfIdle(HostQueue queue, long readyAt) {
        if (queue.busy || queue.scheduled || queue.tasks.isEmpty()) {
            return;
        }
        queue.readyAt = readyAt;
        queue.scheduled = true;
        ready.add(queue);
    }
}
