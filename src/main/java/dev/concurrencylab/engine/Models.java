package dev.concurrencylab.engine;

import java.util.ServiceLoader;

/** Makes the model for a kind; kinds beyond the in-process ones come from a {@link ModelProvider}. */
public final class Models {
    private Models() {
    }

    public static ExecutionModel create(ModelKind kind) {
        return switch (kind) {
            case SEQUENTIAL -> new ThreadPoolModel("sequential", false);
            case POOL -> new ThreadPoolModel("pool", false);
            case ARTICLE_ASYNCIO -> new ThreadPoolModel("asyncio-executor", false);
            case GIL -> new ThreadPoolModel("gil-thread", true);
            case VIRTUAL -> new VirtualThreadModel();
            case FORKJOIN -> new ForkJoinModel();
            case EVENTLOOP -> new EventLoopModel();
            default -> {
                for (ModelProvider p : ServiceLoader.load(ModelProvider.class)) {
                    if (p.supports(kind)) {
                        yield p.create(kind);
                    }
                }
                throw new ConfigException("model", "'" + kind + "' is not available in this build");
            }
        };
    }

    /**
     * Checks that the model can run here with these settings (e.g. that its interpreter exists and is new enough);
     * throws a {@link ConfigException} naming the setting otherwise. May start a short-lived process: call it off
     * any UI thread.
     */
    public static void check(ModelKind kind, ModelSettings settings) {
        for (ModelProvider p : ServiceLoader.load(ModelProvider.class)) {
            if (p.supports(kind)) {
                p.check(kind, settings);
            }
        }
    }

    /** True where this build can run the model. */
    public static boolean available(ModelKind kind) {
        try {
            create(kind);
            return true;
        } catch (ConfigException e) {
            return false;
        }
    }
}
