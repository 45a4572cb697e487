package org.aso.calendar;

import java.util.Locale;
import org.aso.core.kernel.EmailAddress;

/**
 * The facade's configuration, handed to the package's writers and readers.
 *
 * @param directory persons and rooms
 * @param locale the language of texts written for people
 * @param uidDomain the domain of every UID
 * @param limits the bounds on text read
 * @param refuseOutlookIncompatible true to refuse, not warn about, patterns Outlook cannot show
 */
record Settings(Ics.Directory directory, Locale locale, String uidDomain, Ics.Limits limits,
                boolean refuseOutlookIncompatible) {

    /** True when texts are written in French. */
    boolean french() {
        return "fr".equals(locale.getLanguage());
    }

    /** The comparison key of an address: local part as written, domain in lower-case ASCII. */
    static String key(EmailAddress address) {
        return address.toAscii().toLowerCase(Locale.ROOT);
    }
}
