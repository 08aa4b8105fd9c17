package io.eventwire.cli.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code eventwire process} in a child JVM, as operators run it: the shipped command line on the test's
 * class path (which holds the launcher and everything it depends on). It can be killed without warning
 * ({@link Process#destroyForcibly()} is SIGKILL on Linux: no shutdown hook, no commit, no leaving the group)
 * and started again on the same state directory and application id.
 */
public final class ChildProcessor implements AutoCloseable {

    private final List<String> command;
    private final Path logDir;
    private Process process;
    private int starts;

    public ChildProcessor(String bootstrapServers, String topicPrefix, String applicationId, Path stateDir,
                          Path config, Path logDir) {
        this(List.of("process", "--bootstrap-servers", bootstrapServers, "--topic-prefix", topicPrefix,
                "--application-id", applicationId, "--state-dir", stateDir.toString(),
                "--config", config.toString()), logDir);
    }

    /** Any {@code eventwire} command in a child JVM (the sink crash test runs {@code eventwire sink}). */
    public ChildProcessor(List<String> eventwireArguments, Path logDir) {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        this.command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-cp", classPath, "io.eventwire.cli.Eventwire"));
        command.addAll(eventwireArguments);
        this.logDir = logDir;
    }

    public void start() {
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve(command.get(command.indexOf("io.eventwire.cli.Eventwire") + 1) + "-" + (++starts) + ".log");
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the processor JVM", e);
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL, and wait until the process is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("the processor JVM did not die after SIGKILL");
        }
    }

    /** SIGTERM: the shutdown hook closes Kafka Streams cleanly. */
    @Override
    public void close() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    public int starts() {
        return starts;
    }

    public Path logDir() {
        return logDir;
    }
}
