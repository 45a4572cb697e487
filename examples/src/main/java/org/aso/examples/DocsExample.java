package org.aso.examples;

import org.aso.core.kernel.WorkingDayDeadline;
import org.aso.docs.Html;

/** aso-docs: a deadline and its explanation as a small HTML page. */
public final class DocsExample {
    private DocsExample() {}

    /** A complete HTML page showing the deadline. */
    public static String deadlinePage(WorkingDayDeadline deadline) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Reply deadline</title></head>\n"
                + "<body><h1>Reply deadline</h1>\n" + Html.deadline(deadline, "received") + "\n</body></html>\n";
    }
}
