package org.aso.store;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose connection drops when a chosen statement runs: the statement fails, the
 * transaction is rolled back and the connection closed underneath, as when a database goes away
 * mid-transaction. Armed with {@link #failAt}: the {@code n}-th statement (from 1, counted from
 * then) whose SQL starts with a prefix.
 */
final class FailingDataSource implements DataSource {
    private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch",
            "executeLargeUpdate", "executeLargeBatch");

    private final DataSource real;
    private final AtomicReference<String> prefix = new AtomicReference<>();
    private final AtomicInteger countdown = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();

    FailingDataSource(DataSource real) {
        this.real = real;
    }

    /** Makes the {@code n}-th statement starting with {@code sqlPrefix} (case ignored) fail, once. */
    void failAt(String sqlPrefix, int n) {
        countdown.set(n);
        prefix.set(sqlPrefix.toLowerCase(java.util.Locale.ROOT));
    }

    /** {@return how many statements were made to fail} */
    int failures() {
        return failures.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(real.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(real.getConnection(username, password));
    }

    private Connection wrap(Connection c) {
        boolean[] dropped = {false};
        InvocationHandler connection = (proxy, method, args) -> {
            if (dropped[0] && !method.getName().equals("close") && !method.getName().equals("isClosed")) {
                throw new SQLException("connection dropped", "08003");
            }
            if (dropped[0]) {
                return method.getName().equals("isClosed") ? Boolean.TRUE : null;
            }
            Object result = invoke(c, method, args);
            if (result instanceof Statement s) {
                String sql = args != null && args.length > 0 && args[0] instanceof String q ? q : "";
                return statement(s, sql, c, dropped);
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, connection);
    }

    private Object statement(Statement s, String sql, Connection c, boolean[] dropped) {
        Class<?> type = s instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
        InvocationHandler handler = (proxy, method, args) -> {
            if (EXECUTE.contains(method.getName()) && matches(sql)) {
                failures.incrementAndGet();
                dropped[0] = true;
                try {
                    c.rollback();
                } finally {
                    c.close();
                }
                throw new SQLException("connection dropped", "08006");
            }
            return invoke(s, method, args);
        };
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler);
    }

    private boolean matches(String sql) {
        String p = prefix.get();
        if (p == null || !sql.strip().toLowerCase(java.util.Locale.ROOT).startsWith(p)) {
            return false;
        }
        if (countdown.decrementAndGet() == 0) {
            prefix.set(null);
            return true;
        }
        return false;
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return real.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        real.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        real.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return real.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return real.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
