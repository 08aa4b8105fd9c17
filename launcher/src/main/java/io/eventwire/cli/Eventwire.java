package io.eventwire.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code eventwire} command: one subcommand per component. */
@Command(name = "eventwire",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns live, multilingual news into structured sanction and market events on Kafka.",
        subcommands = {
                DemoCommand.class,
                BrokerCommand.class,
                TopicsCommand.class,
                CrawlCommand.class,
                ProcessCommand.class,
                ReplayCommand.class,
                ExtractTextCommand.class,
                ExtractCommand.class,
                SinkCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Eventwire implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        return new CommandLine(new Eventwire()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
