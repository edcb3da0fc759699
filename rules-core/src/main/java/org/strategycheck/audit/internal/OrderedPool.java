package org.strategycheck.audit.internal;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks on worker threads and hands their results back in submission order, on the
 * submitting thread, through a bounded window of futures. When the window is full, by
 * count or by the bytes of input it holds, {@link #submit} first hands back the oldest
 * result, waiting for it if need be: reading never runs more than a window ahead of writing,
 * so memory stays flat however long the batch.
 *
 * @param <T> what a task gives
 */
public final class OrderedPool<T> implements AutoCloseable {

    /** Receives results in submission order. */
    public interface Sink<T> {
        void accept(T result) throws Exception;
    }

    private record Pending<T>(Future<T> future, long bytes) {
    }

    private final ExecutorService workers;
    private final ArrayDeque<Pending<T>> window = new ArrayDeque<>();
    private final int maxTasks;
    private final long maxBytes;
    private final Sink<T> sink;
    private long bytes;

    /**
     * @param threads  worker threads
     * @param maxTasks most tasks submitted and not yet handed back
     * @param maxBytes most input bytes held by those tasks; a single larger task is still let in
     * @param sink     receives the results
     */
    public OrderedPool(int threads, int maxTasks, long maxBytes, Sink<T> sink) {
        AtomicInteger number = new AtomicInteger();
        // The window bounds the queue; the queue itself need not.
        this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                task -> {
                    Thread thread = new Thread(task, "strategycheck-audit-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.maxTasks = maxTasks;
        this.maxBytes = maxBytes;
        this.sink = sink;
    }

    /**
     * Submits a task, first handing back as many results as the window needs.
     *
     * @param task      the task
     * @param taskBytes the input bytes it holds until it is done
     */
    public void submit(Callable<T> task, long taskBytes) {
        while (!window.isEmpty() && (window.size() >= maxTasks || bytes + taskBytes > maxBytes)) {
            handBackOldest();
        }
        window.add(new Pending<>(workers.submit(task), taskBytes));
        bytes += taskBytes;
    }

    /** Hands back every result still pending. */
    public void finish() {
        while (!window.isEmpty()) {
            handBackOldest();
        }
    }

    private void handBackOldest() {
        Pending<T> oldest = window.peek();
        T result;
        try {
            result = oldest.future().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a record", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
        window.poll();
        bytes -= oldest.bytes();
        try {
            sink.accept(result);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new SinkFailure(e);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    /** The sink failed with a checked exception, such as an {@link java.io.IOException} writing results. */
    public static final class SinkFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SinkFailure(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }
}
