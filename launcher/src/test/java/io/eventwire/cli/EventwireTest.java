package io.eventwire.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventwireTest {

    @Test
    void withoutArgumentsItPrintsUsageNamingEverySubcommand() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = new CommandLine(new Eventwire());
        commandLine.setOut(new PrintWriter(out));
        int exit = commandLine.execute();
        assertEquals(0, exit);
        String usage = out.toString();
        assertTrue(usage.startsWith("Usage: eventwire"), usage);
        for (String name : commandLine.getSubcommands().keySet()) {
            assertTrue(usage.contains(name), "usage names " + name);
        }
    }

    @Test
    void anUnknownSubcommandIsAnErrorNotACrash() {
        assertEquals(2, Eventwire.run("no-such-command"));
    }
}
