package org.aso.docs;

import io.vavr.control.Either;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.aso.core.correspondence.Acknowledgement;
import org.aso.core.kernel.Contact;
import org.aso.core.kernel.Problem;

/** An acknowledgement of receipt with every mandatory mention checked, ready to render. */
final class AcknowledgementDraft implements Draft {
    private final Acknowledgement ack;

    private AcknowledgementDraft(Acknowledgement ack) {
        this.ack = ack;
    }

    static Either<Problem, Draft> of(Acknowledgement ack) {
        Objects.requireNonNull(ack, "acknowledgement");
        Contact service = ack.service();
        String missing = service.postalAddress().filter(a -> !a.isBlank()).isEmpty() ? "service-address"
                : service.email().isEmpty() ? "service-email"
                : service.phone().isEmpty() ? "service-phone"
                : !ack.silence().acceptance() && ack.appealRoutes().filter(r -> !r.isBlank()).isEmpty() ? "appeal-routes"
                : null;
        if (missing != null) {
            return Either.left(Problem.of("docs.acknowledgement.missing-mention",
                    "The acknowledgement of " + ack.number() + " lacks a mandatory mention: " + missing)
                    .with("mention", missing).with("entry", ack.number()));
        }
        return Either.right(new AcknowledgementDraft(ack));
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.ACKNOWLEDGEMENT;
    }

    @Override
    public String title() {
        return ack.number();
    }

    @Override
    public Map<String, Object> values(Locale locale) {
        Contact s = ack.service();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("number", ack.number());
        v.put("receivedOn", Texts.day(ack.receivedOn(), locale));
        v.put("applicant", ack.applicant().displayName());
        v.put("applicantAddress", ack.applicant().postalAddress().orElse(""));
        v.put("serviceName", s.displayName());
        v.put("serviceAddress", s.postalAddress().orElseThrow());
        v.put("serviceEmail", s.email().orElseThrow().toString());
        v.put("servicePhone", s.phone().orElseThrow().toString());
        v.put("acceptance", ack.silence().acceptance());
        v.put("silenceDate", Texts.day(ack.silenceDate(), locale));
        v.put("appealRoutes", ack.appealRoutes().orElse(""));
        v.put("required", ack.required());
        v.put("exemption", ack.exemption(locale).orElse(""));
        return java.util.Collections.unmodifiableMap(v);
    }
}
