package dev.concurrencylab.net;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Routes what HttpClient logs through SLF4J to {@link System.Logger}, where the rest of the app logs (found
 * through {@link java.util.ServiceLoader}). Without a provider SLF4J printed a warning on every http run.
 * Everything arrives at DEBUG (TRACE stays TRACE): the library's errors are about requests whose tasks report
 * them with their reasons, or about its reactor being closed at once at the end of a run, which is expected;
 * printed at SEVERE they made a clean run look broken.
 */
public final class SystemLoggerProvider implements SLF4JServiceProvider {
    private final Map<String, SystemLogger> loggers = new ConcurrentHashMap<>();
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();

    @Override
    public ILoggerFactory getLoggerFactory() {
        return name -> loggers.computeIfAbsent(name, SystemLogger::new);
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        // nothing to set up: loggers are made on first use
    }

    /** One SLF4J logger writing to the System.Logger of the same name. */
    private static final class SystemLogger extends LegacyAbstractLogger {
        private static final long serialVersionUID = 1L;
        private final transient System.Logger target;

        SystemLogger(String name) {
            this.name = name;
            this.target = System.getLogger(name);
        }

        private static System.Logger.Level level(Level l) {
            return l == Level.TRACE ? System.Logger.Level.TRACE : System.Logger.Level.DEBUG;
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] args,
                                                   Throwable thrown) {
            System.Logger.Level to = level(level);
            if (target.isLoggable(to)) {
                target.log(to, MessageFormatter.basicArrayFormat(pattern, args), thrown);
            }
        }

        @Override
        public boolean isTraceEnabled() {
            return target.isLoggable(System.Logger.Level.TRACE);
        }

        @Override
        public boolean isDebugEnabled() {
            return target.isLoggable(System.Logger.Level.DEBUG);
        }

        @Override
        public boolean isInfoEnabled() {
            return isDebugEnabled();
        }

        @Override
        public boolean isWarnEnabled() {
            return isDebugEnabled();
        }

        @Override
        public boolean isErrorEnabled() {
            return isDebugEnabled();
        }
    }
}
