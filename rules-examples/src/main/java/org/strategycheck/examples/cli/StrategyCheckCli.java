package org.strategycheck.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.strategycheck.Messages;
import org.strategycheck.StrategyCheck;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code strategycheck} command and its entry point. The work is done by the
 * subcommands {@link CheckCommand}, {@link AuditCommand}, {@link CompareCommand},
 * {@link SampleCommand}, {@link AgreementCommand}, {@link CensusCommand}, {@link RulesCommand} and
 * {@link ServeCommand}; {@code completion} prints a shell completion script (picocli's).
 *
 * <p>Exit codes: {@value #OK} every record was read, {@value #RECORDS_REJECTED} some records
 * could not be read, {@value #USAGE} bad usage, {@value #FAILED} the run could not complete.
 */
@Command(name = "strategycheck",
        mixinStandardHelpOptions = true,
        versionProvider = StrategyCheckCli.RuleSetVersion.class,
        description = "Checks child-protection strategy discussion records (JSON, format v1) "
                + "against the rule catalogue and grades them.",
        subcommands = {CheckCommand.class, AuditCommand.class, CompareCommand.class, SampleCommand.class,
            AgreementCommand.class, CensusCommand.class, RulesCommand.class, ServeCommand.class, GenerateCommand.class,
            HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every record was read and graded",
            "1:some records could not be read (each one is reported); agreement: the sheet has problems",
            "2:bad usage, e.g. a path that does not exist",
            "3:the run could not complete: the output could not be written, --out is in use by another audit, "
                + "--resume does not match the earlier run, or an internal error"})
public final class StrategyCheckCli {

    /** Every record was read and graded, whatever the grades. */
    public static final int OK = CommandLine.ExitCode.OK;
    /** At least one record could not be read; the others were still checked. */
    public static final int RECORDS_REJECTED = 1;
    /** The command line was wrong: nothing was checked. */
    public static final int USAGE = CommandLine.ExitCode.USAGE;
    /** The run stopped: output could not be written, or an internal error. */
    public static final int FAILED = 3;

    /** The library's English wording: the tool has no messages of its own. */
    static final Messages MESSAGES = Messages.english();

    private static final Object LOCK = new Object();
    private static volatile StrategyCheck shared;

    /** Standard input, for {@code -}. */
    private InputStream stdin = System.in;

    /** Picocli creates the command; nothing to set up. */
    public StrategyCheckCli() {
    }

    /** What {@code -} reads. */
    InputStream stdin() {
        return stdin;
    }

    /**
     * Runs the tool and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // JSON Lines is UTF-8 by definition, whatever the platform's console encoding; one
        // encoding for both streams keeps a redirected summary readable alongside it.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int exitCode = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    /**
     * The command line with this tool's error handling, writing to the given streams. Tests
     * call this to run the tool in-process.
     *
     * @param out where reports and JSON Lines go
     * @param err where usage errors and, without {@code --out}, the audit summary go
     * @return the command line, ready for {@link CommandLine#execute(String...)}
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(System.in, out, err);
    }

    /**
     * The command line reading {@code -} from the given stream. Tests call this to run the
     * tool in-process with input of their own.
     *
     * @param in  what {@code -} reads
     * @param out where reports and JSON Lines go
     * @param err where usage errors and, without {@code --out}, the audit summary go
     * @return the command line, ready for {@link CommandLine#execute(String...)}
     */
    public static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err) {
        StrategyCheckCli cli = new StrategyCheckCli();
        cli.stdin = in;
        CommandLine commandLine = new CommandLine(cli);
        // picocli's own: prints a bash/zsh completion script for the whole command tree.
        CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion());
        completion.getCommandSpec().name("completion");
        completion.getCommandSpec().usageMessage().description(
                "Prints a bash or zsh completion script for strategycheck. For completion in the current shell:",
                "  source <(strategycheck completion)",
                "strategycheck must be a command on the PATH (or an alias) for the shell to complete it.");
        commandLine.addSubcommand("completion", completion);
        conventions(commandLine);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(StrategyCheckCli::exitCodeOf);
        commandLine.setParameterExceptionHandler(StrategyCheckCli::usageError);
        commandLine.setExecutionExceptionHandler(StrategyCheckCli::failure);
        return commandLine;
    }

    /**
     * Every subcommand, hidden ones included, takes {@code -h}/{@code --help} and
     * {@code -V}/{@code --version}, and its version is the tool's: picocli gives a subcommand's
     * {@code -V} no version of its own otherwise. ({@code help} keeps its own options.)
     */
    private static void conventions(CommandLine command) {
        for (CommandLine sub : command.getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            if (!(spec.userObject() instanceof HelpCommand)) {
                if (!spec.mixinStandardHelpOptions()) {
                    spec.mixinStandardHelpOptions(true);
                }
                spec.versionProvider(new RuleSetVersion());
            }
            conventions(sub);
        }
    }

    /**
     * The one checker of the process, built on first use so that {@code --help} and usage
     * errors do not pay for loading the rule base.
     */
    static StrategyCheck checker() {
        StrategyCheck checker = shared;
        if (checker == null) {
            synchronized (LOCK) {
                checker = shared;
                if (checker == null) {
                    try {
                        checker = StrategyCheck.create();
                    } catch (ExceptionInInitializerError broken) {
                        // The engine builds its rule base in a static initialiser: surface its
                        // reason (e.g. a jar without the rule model) rather than a JVM error.
                        Throwable cause = broken.getCause() == null ? broken : broken.getCause();
                        throw new IllegalStateException("the rule engine could not start: " + cause.getMessage(), cause);
                    }
                    shared = checker;
                }
            }
        }
        return checker;
    }

    private static int exitCodeOf(Throwable problem) {
        return problem instanceof ParameterException ? USAGE : FAILED;
    }

    /** A short complaint and a pointer to the help, instead of the whole usage text. */
    private static int usageError(ParameterException problem, String[] args) {
        CommandLine command = problem.getCommandLine();
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        err.println(name + ": " + problem.getMessage());
        UnmatchedArgumentException.printSuggestions(problem, err);
        err.println("Try '" + name + " --help' for more information.");
        err.flush();
        return command.getExitCodeExceptionMapper().getExitCode(problem);
    }

    /** One line on stderr, never a stack trace: the user can act on the message, not on frames. */
    private static int failure(Exception problem, CommandLine command, ParseResult parsed) {
        command.getOut().flush();
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        if (problem instanceof RunFailure) {
            err.println(name + ": " + problem.getMessage());
        } else {
            String detail = problem.getMessage() == null ? "" : ": " + problem.getMessage();
            err.println(name + ": internal error (" + problem.getClass().getSimpleName() + detail + ")");
        }
        err.flush();
        return command.getExitCodeExceptionMapper().getExitCode(problem);
    }

    /**
     * A reason the run cannot go on that the user can fix, such as an output folder that
     * cannot be written. Its message is shown as it is.
     */
    static final class RunFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RunFailure(String message, Throwable cause) {
            super(message, cause, false, false);
        }
    }

    /** Answers {@code --version} with the version of the rule set, which is what a result cites. */
    static final class RuleSetVersion implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"strategycheck rule set " + checker().ruleSetVersion()};
        }
    }
}
