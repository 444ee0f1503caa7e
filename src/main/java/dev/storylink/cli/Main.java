package dev.storylink.cli;

import dev.storylink.core.InputException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code storylink} command line. Every subcommand prints a clear one-line error and exits
 * non-zero on bad input (exit 2) or any other failure (exit 1), never a stack trace unless {@code
 * STORYLINK_DEBUG=1}. Not thread-safe (one instance per process).
 */
@Command(
    name = "storylink",
    mixinStandardHelpOptions = true,
    version = "storylink 0.1.0",
    description = "Finds the same news story across languages.",
    subcommands = {
      LinkCommand.class,
      IngestCommand.class,
      StoriesCommand.class,
      StoryCommand.class,
      SearchCommand.class,
      EvalCommand.class,
      TrainCommand.class,
      CompareCommand.class,
      ServeCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the configured command line (also used by tests). */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    cl.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          if ("1".equals(System.getenv("STORYLINK_DEBUG"))) {
            ex.printStackTrace(cmd.getErr());
          }
          cmd.getErr().println("storylink: " + oneLine(ex));
          cmd.getErr().flush();
          return ex instanceof InputException ? 2 : 1;
        });
    cl.registerConverter(
        java.time.LocalDate.class,
        v -> {
          try {
            return java.time.LocalDate.parse(v.strip());
          } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException(
                "'" + dev.storylink.core.Texts.abbreviate(v, 40) + "' is not a date (yyyy-MM-dd)");
          }
        });
    // a bad option value is one line and a hint, not a stack trace and the whole usage
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine cmd = ex.getCommandLine();
          cmd.getErr()
              .println(
                  "storylink: "
                      + oneLine(ex)
                      + " (see: "
                      + cmd.getCommandSpec().qualifiedName(" ")
                      + " --help)");
          cmd.getErr().flush();
          return 2;
        });
    paragraphs(cl);
    return cl;
  }

  /**
   * Each command's description after its summary line becomes one paragraph that picocli wraps at
   * the usage width: the sources break those lines by hand at about 100 columns, which picocli
   * would otherwise wrap one by one into a ragged text.
   */
  private static void paragraphs(CommandLine cl) {
    String[] desc = cl.getCommandSpec().usageMessage().description();
    if (desc.length > 2) {
      String rest = String.join(" ", java.util.Arrays.asList(desc).subList(1, desc.length));
      cl.getCommandSpec().usageMessage().description(desc[0], rest);
    }
    for (CommandLine sub : cl.getSubcommands().values()) {
      paragraphs(sub);
    }
  }

  /**
   * The message of {@code ex} for a one-line {@code storylink: ...} error: its message (its class's
   * name when it has none; a fixed hint for running out of memory), cleaned by {@link
   * dev.storylink.core.Texts#oneLine}.
   */
  static String oneLine(Throwable ex) {
    String msg = ex.getMessage();
    if (ex instanceof OutOfMemoryError) {
      msg = "out of memory (input too large for the heap; raise -Xmx)";
    }
    if (msg == null || msg.isBlank()) {
      msg = ex.getClass().getSimpleName();
    }
    return dev.storylink.core.Texts.oneLine(msg);
  }

  public static void main(String[] args) {
    // java.util.logging (Lucene) goes to slf4j: levels are set in simplelogger.properties only
    org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
    org.slf4j.bridge.SLF4JBridgeHandler.install();
    System.exit(commandLine().execute(args));
  }
}
