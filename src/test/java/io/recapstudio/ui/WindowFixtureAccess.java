package io.recapstudio.ui;

import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/** The waiting helper of the window tests, for tests in other packages. */
public final class WindowFixtureAccess {

    private WindowFixtureAccess() {
    }

    public static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WindowFixture.waitFor(condition);
    }
}
