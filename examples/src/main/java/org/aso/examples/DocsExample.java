package org.aso.examples;

import org.aso.core.kernel.WorkingDayDeadline;
import org.aso.docs.Html;

/** aso-docs: a deadline and its explanation as a small HTML page. */
public final class DocsExample {
    private DocsExample() {}

    /** A complete HTML page showing the deadline. */
    public static String deadlinePage(WorkingDayDeadline reply) {
        // tag::docs[]
        String html = Html.deadline(reply, "received");       // escaped: safe inside any page
        // => <div class="aso-deadline"><p>received Thu 2 May 2024 + 15 working days: ... -&gt; Tue 28 May 2024</p>...
        //    <li><time datetime="2024-05-08">2024-05-08</time> Victoire 1945</li>...</ul></div>
        // end::docs[]
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Reply deadline</title></head>\n"
                + "<body><h1>Reply deadline</h1>\n" + html + "\n</body></html>\n";
    }
}
