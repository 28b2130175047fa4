package org.clientele.app.cli;

import org.clientele.app.serve.ScoringServer;
import org.clientele.core.predict.ModelBundle;
import org.clientele.core.scoring.ScoringService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code clientele serve MODELDIR...}: a local HTTP API that scores customers with saved models. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve saved models as a local HTTP scoring API.",
                "Serve saved models over HTTP until stopped (Ctrl+C): POST /predict with a JSON array of",
                "customers (feature -> number, optionally an \"id\") answers each one's segment, segment name,",
                "probabilities and out-of-distribution flag (segment classifier) and predicted spend",
                "(regressor); GET /health and GET /model describe the service. Give one segment classifier,",
                "one regressor, or one of each. Binds 127.0.0.1 (this machine only) unless --host is given."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..2", paramLabel = "MODELDIR", description = "Output directories of 'clientele train'.")
    List<Path> modelDirs;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 exposes it to the network).")
    String host;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65_535) {
            throw new CliException(ExitCodes.USAGE, "--port must be between 0 and 65535, not " + port + ".");
        }
        List<ModelBundle> models = modelDirs.stream().map(PredictCommand::load).toList();
        long classifiers = models.stream().filter(m -> m.task().equals("classification")).count();
        if (classifiers > 1 || models.size() - classifiers > 1) {
            throw new CliException(ExitCodes.USAGE, "give one segment classifier, one regressor or one of each; "
                    + modelDirs + " hold two " + (classifiers > 1 ? "classifiers" : "regressors") + ".");
        }
        ScoringService service = new ScoringService(models);
        ScoringServer server;
        try {
            server = ScoringServer.start(service, host, port);
        } catch (IOException e) {
            throw new CliException(ExitCodes.FAILURE, "cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "). Choose another --port.");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Serving %s on http://%s:%d: POST /predict, GET /health, GET /model. Ctrl+C stops.%n",
                String.join(" and ", models.stream().map(m -> m.task() + " (" + m.modelName() + ")").toList()),
                server.host(), server.port());
        out.println("Each customer needs: " + String.join(", ", service.features()) + ".");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return ExitCodes.OK;
    }
}
