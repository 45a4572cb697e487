package org.aso.docs;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.AttributeNotFoundException;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.vavr.control.Either;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import org.aso.core.correspondence.Acknowledgement;
import org.aso.core.correspondence.Entry;
import org.aso.core.kernel.Contact;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Problems;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Drafting: a {@link Draft} (a memo, a letter, minutes, an acknowledgement, or any kind from plain
 * values) rendered from templates to HTML, PDF or plain text, in French or English.
 *
 * <p>Templates are Pebble templates with autoescaping (every value is HTML-escaped) and strict
 * variables (a value the template reads and the draft lacks is the problem
 * {@code docs.template.missing-variable}, detail {@code variable}). Each kind's template extends
 * {@code layout}, which includes {@code letterhead} and {@code styles}: an organisation overrides
 * only those by putting {@code letterhead.peb} or {@code styles.peb} in its folder. Templates are
 * looked up in that folder first, then among the library's defaults; a template name is a lower-case
 * word ({@code memo}, {@code minutes}), never a path.
 *
 * <pre>{@code
 * Drafts drafts = Drafts.of("Préfecture de l'Ain", Optional.of(Path.of("/etc/aso/templates")));
 * Either<Problem, String> html = drafts.html(memo, Locale.FRENCH);
 * Either<Problem, byte[]> pdf = drafts.pdf(memo, Locale.FRENCH, clock);
 * }</pre>
 *
 * <p>Rendering reads no clock and no default locale: the same draft, locale and clock give the same
 * HTML and text bytes. Immutable and thread-safe; templates are parsed once and cached.
 */
public final class Drafts {
    private static final String PRODUCER = "ASO toolkit";
    private final String organisation;
    private final PebbleEngine html;
    private final PebbleEngine text;

    private Drafts(String organisation, Optional<Path> folder) {
        this.organisation = organisation;
        this.html = engine(folder, true);
        this.text = engine(folder, false);
    }

    private static PebbleEngine engine(Optional<Path> folder, boolean escape) {
        return new PebbleEngine.Builder().loader(new TemplateFolder(folder)).strictVariables(true)
                .autoEscaping(escape).defaultEscapingStrategy("html").newLineTrimming(escape)
                .maxRenderedSize(4 * 1024 * 1024).build();
    }

    /**
     * Drafts with the library's default templates, or the host's where its folder has them.
     *
     * @param organisation the organisation's name, printed in the letterhead and the running header; not null
     * @param folder the host's template folder, if any; not null
     * @return the drafts
     * @throws NullPointerException if an argument is null
     */
    public static Drafts of(String organisation, Optional<Path> folder) {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(folder, "folder");
        return new Drafts(organisation, folder);
    }

    /**
     * The draft of an acknowledgement of receipt, if it carries every mention the law requires: the
     * service's postal address, e-mail and telephone, and the routes of appeal when silence means
     * rejection. Refused with {@code docs.acknowledgement.missing-mention} (detail {@code mention})
     * otherwise.
     *
     * @param acknowledgement the acknowledgement prepared by core; not null
     * @return the draft, or the first missing mention
     */
    public static Either<Problem, Draft> acknowledgement(Acknowledgement acknowledgement) {
        return AcknowledgementDraft.of(acknowledgement);
    }

    /**
     * Prepares the acknowledgement of receipt of an incoming entry with core's
     * {@link Acknowledgement#prepare(Entry, Contact, Acknowledgement.Silence)} and makes a draft of
     * it: refused, with every missing mention at once ({@link Problems#combine}), when the service's
     * address, e-mail or telephone, or (silence meaning rejection) the routes of appeal are missing.
     *
     * @param entry the incoming entry; not null
     * @param service the service handling the request; not null
     * @param silence what silence means; not null
     * @param appealRoutes the routes and time limits of appeal, if any; not null
     * @return the draft, or the problems of {@link Acknowledgement#prepare(Entry, Contact, Acknowledgement.Silence)}
     */
    public static Either<Problem, Draft> acknowledgement(Entry entry, Contact service, Acknowledgement.Silence silence,
                                                         Optional<String> appealRoutes) {
        Objects.requireNonNull(appealRoutes, "appealRoutes");
        Either<List<Problem>, Acknowledgement> prepared = appealRoutes
                .map(routes -> Acknowledgement.prepare(entry, service, silence, routes))
                .orElseGet(() -> Acknowledgement.prepare(entry, service, silence));
        return Problems.asOne(prepared).flatMap(AcknowledgementDraft::of);
    }

    /**
     * The draft as an HTML document: a language attribute, headings, table headers, a print
     * stylesheet.
     *
     * @param draft the draft; not null
     * @param locale the reader's locale (French, else English); not null
     * @return the HTML, or {@code docs.template.missing-variable}, {@code docs.template.not-found},
     *     {@code docs.template.bad-name} or {@code docs.template.failed}
     */
    public Either<Problem, String> html(Draft draft, Locale locale) {
        return render(html, templateName(draft.kind()), draft, locale);
    }

    /**
     * The draft as plain text, for the body of a mail.
     *
     * @param draft the draft; not null
     * @param locale the reader's locale; not null
     * @return the text, or a problem as for {@link #html}
     */
    public Either<Problem, String> text(Draft draft, Locale locale) {
        return render(text, templateName(draft.kind()) + "-text", draft, locale);
    }

    /**
     * The draft as PDF, rendered from the same HTML, with the shipped DejaVu Sans font embedded,
     * a running header, and page numbers. The PDF's creation date is the clock's instant.
     * Costs tens of milliseconds a page.
     *
     * @param draft the draft; not null
     * @param locale the reader's locale; not null
     * @param clock the clock the creation date is read from; not null
     * @return the PDF's bytes, or a problem as for {@link #html}, or {@code docs.pdf.failed}
     */
    public Either<Problem, byte[]> pdf(Draft draft, Locale locale, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        return html(draft, locale).flatMap(h -> toPdf(h, draft.title(), clock, false));
    }

    /**
     * The draft as PDF/A-2b, for the archive: as {@link #pdf}, with an sRGB output intent and XMP
     * metadata (PDF/A identification, title, producer, and the dates of the document information,
     * which is the clock's instant). The library's tests check the output of its default templates
     * with veraPDF's PDF/A-2b profile; a host's own templates and styles must keep within PDF/A
     * (no transparency, fonts it embeds).
     *
     * @param draft the draft; not null
     * @param locale the reader's locale; not null
     * @param clock the clock the creation date is read from; not null
     * @return the PDF's bytes, or a problem as for {@link #pdf}
     */
    public Either<Problem, byte[]> pdfA(Draft draft, Locale locale, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        return html(draft, locale).flatMap(h -> toPdf(h, draft.title(), clock, true));
    }

    /**
     * Renders one of the host's own templates (or a default one) by name.
     *
     * @param template the template's name, a lower-case word; not null
     * @param draft the draft whose values it reads; not null
     * @param locale the reader's locale; not null
     * @return the HTML, or a problem as for {@link #html}
     */
    public Either<Problem, String> html(String template, Draft draft, Locale locale) {
        return render(html, template, draft, locale);
    }

    static String templateName(DocumentKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private Either<Problem, String> render(PebbleEngine engine, String name, Draft draft, Locale locale) {
        Objects.requireNonNull(name, "template");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(locale, "locale");
        if (!TemplateFolder.isName(name)) {
            return Either.left(Problem.of("docs.template.bad-name", "Not a template name: " + name)
                    .with("template", name));
        }
        Locale language = Texts.isFrench(locale) ? Locale.FRENCH : Locale.ENGLISH;
        Map<String, Object> context = new LinkedHashMap<>(draft.values(language));
        context.put("lang", language.getLanguage());
        context.put("t", Texts.labels(language));
        context.put("organisation", organisation);
        context.put("title", draft.title());
        try {
            PebbleTemplate template = engine.getTemplate(name);
            StringWriter out = new StringWriter();
            template.evaluate(out, context, language);
            return Either.right(out.toString());
        } catch (TemplateFolder.BadName e) {
            return Either.left(Problem.of("docs.template.bad-name", "Not a template name: " + e.name).with("template", e.name));
        } catch (TemplateFolder.NotFound e) {
            return Either.left(Problem.of("docs.template.not-found", "No template " + e.name).with("template", e.name));
        } catch (AttributeNotFoundException e) {
            return Either.left(Problem.of("docs.template.missing-variable", "The template " + name
                    + " needs a value the draft lacks: " + e.getAttributeName())
                    .with("template", name).with("variable", e.getAttributeName()));
        } catch (PebbleException | IOException e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause != cause.getCause()) {
                if (cause.getCause() instanceof TemplateFolder.NotFound nf) {
                    return Either.left(Problem.of("docs.template.not-found", "No template " + nf.name).with("template", nf.name));
                }
                if (cause.getCause() instanceof TemplateFolder.BadName bn) {
                    return Either.left(Problem.of("docs.template.bad-name", "Not a template name: " + bn.name).with("template", bn.name));
                }
                cause = cause.getCause();
            }
            return Either.left(Problem.of("docs.template.failed", "The template " + name + " failed: " + e.getMessage())
                    .with("template", name).with("detail", String.valueOf(e.getMessage())));
        }
    }

    private static Either<Problem, byte[]> toPdf(String html, String title, Clock clock, boolean archival) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        if (archival) {
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B);
            builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        }
        builder.useFastMode();
        builder.withProducer(PRODUCER);
        builder.useFont(() -> Drafts.class.getResourceAsStream("fonts/DejaVuSans.ttf"), "DejaVu Sans", 400,
                BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> Drafts.class.getResourceAsStream("fonts/DejaVuSans-Bold.ttf"), "DejaVu Sans", 700,
                BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.withHtmlContent(html, null);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            PDDocument document = renderer.getPdfDocument();
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
            created.setTimeInMillis(clock.millis());
            PDDocumentInformation info = document.getDocumentInformation();
            info.setCreationDate(created);
            info.setModificationDate(created);
            info.setTitle(title);
            info.setProducer(PRODUCER);
            if (archival) {
                document.getDocumentCatalog().setMetadata(xmp(document, title, created));
            }
            document.save(out);
            return Either.right(out.toByteArray());
        } catch (IOException | TransformerException | BadFieldValueException | RuntimeException e) {
            return Either.left(Problem.of("docs.pdf.failed", "The PDF could not be rendered: " + e.getMessage())
                    .with("detail", String.valueOf(e.getMessage())));
        }
    }

    private static PDMetadata xmp(PDDocument document, String title, Calendar created)
            throws TransformerException, BadFieldValueException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        id.setPart(2);
        id.setConformance("B");
        xmp.createAndAddDublinCoreSchema().setTitle(title);
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreateDate(created);
        basic.setModifyDate(created);
        basic.setMetadataDate(created);
        xmp.createAndAddAdobePDFSchema().setProducer(PRODUCER);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new XmpSerializer().serialize(xmp, bytes, true);
        PDMetadata metadata = new PDMetadata(document);
        try {
            metadata.importXMPMetadata(bytes.toByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return metadata;
    }
}
