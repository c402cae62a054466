package org.acogida.documents.verify;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./acogida verify-document}: a checkpoint's verifier. With {@code --update} it downloads
 * the trust list (public keys and revocations) while it has a connection; otherwise it verifies a
 * document's token, verification address or QR image offline against the list it last
 * downloaded, and says valid, expired or revoked as of that update. Plain Java: no server, no
 * database. Exit code 0 for a valid document, 1 for any other verdict, 2 for bad usage.
 */
public final class VerifyDocumentCli {

    static final String DEFAULT_SERVER = "http://127.0.0.1:8080";
    static final String TRUST_LIST_PATH = "/verify/trust-list.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private VerifyDocumentCli() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, LocalDate.now(ZoneOffset.UTC)));
    }

    public static int run(List<String> args, PrintStream out, LocalDate today) {
        Path trustFile = Path.of(System.getenv().getOrDefault("ACOGIDA_DATA_DIR", "./data"), "trust-list.json");
        String server = DEFAULT_SERVER;
        boolean update = false;
        List<String> documents = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--update" -> update = true;
                case "--trust-list" -> {
                    if (i + 1 >= args.size()) {
                        return usage(out, "--trust-list needs a file");
                    }
                    trustFile = Path.of(args.get(++i));
                }
                case "--from" -> {
                    if (i + 1 >= args.size()) {
                        return usage(out, "--from needs the address of an Acogida server");
                    }
                    server = args.get(++i);
                }
                default -> {
                    if (arg.startsWith("--")) {
                        return usage(out, "unknown option " + arg);
                    }
                    documents.add(arg);
                }
            }
        }
        if (update) {
            return update(server, trustFile, out);
        }
        if (documents.size() != 1) {
            return usage(out, "give one document: its token, its verification address or an image of its QR code");
        }
        if (!Files.exists(trustFile)) {
            out.println("No trust list at " + trustFile + ". While connected, run: ./acogida verify-document --update --from <server>");
            return 2;
        }
        TrustList trust;
        try {
            trust = JSON.readValue(trustFile.toFile(), TrustList.class);
        } catch (RuntimeException e) {
            out.println("The trust list " + trustFile + " cannot be read (" + e.getMessage() + "). Download it again with --update.");
            return 2;
        }
        String token;
        try {
            token = tokenOf(documents.getFirst());
        } catch (IOException | NotFoundException e) {
            out.println("No QR code could be read from " + documents.getFirst() + ".");
            return 1;
        }
        return report(OfflineVerifier.verify(token, trust, today), trust, out);
    }

    private static int report(OfflineVerifier.Result result, TrustList trust, PrintStream out) {
        String asOf = "revocations as of " + WHEN.format(trust.generatedAt());
        result.payload().ifPresent(p -> {
            out.println("Document   " + p.number() + " (" + p.kind() + "), issued by " + p.member());
            out.println("Holder     " + p.holder() + (p.born() == null ? "" : ", born " + p.born()));
            out.println("Valid      " + p.validFrom() + " to " + p.validUntil());
        });
        String line = switch (result.verdict()) {
            case VALID -> "VALID: the signature holds and the document is in force (" + asOf + ").";
            case EXPIRED -> "EXPIRED: the signature holds but the document's last day has passed.";
            case NOT_YET_VALID -> "NOT YET VALID: the signature holds but the document's first day has not come.";
            case REVOKED -> "REVOKED: the issuing member revoked this document (" + asOf + ").";
            case BAD_SIGNATURE -> "NOT AUTHENTIC: the signature does not match; the document was altered or forged.";
            case UNKNOWN_KEY -> "UNKNOWN KEY: the trust list has no such key of this member; update it, or the document is forged.";
            case NOT_A_DOCUMENT -> "NOT A DOCUMENT: this is not an Acogida document's code.";
        };
        out.println(line);
        return result.verdict() == OfflineVerifier.Verdict.VALID ? 0 : 1;
    }

    /** The token in what was given: a token or address as text, or an image file holding the QR code. */
    static String tokenOf(String given) throws IOException, NotFoundException {
        Path file = Path.of(given.length() > 250 ? "/nonexistent" : given);
        if (!given.startsWith(DocumentToken.PREFIX + ".") && !given.startsWith("http") && Files.isRegularFile(file)) {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw new IOException("not an image");
            }
            return qrCodeIn(image);
        }
        return given;
    }

    /**
     * The text of the QR code in the image. A photo is read as a photo first (looking hard); a clean
     * image, as the pass's own PNG, can fail that way for a few codes in a hundred and is then read as
     * a pure code, edge to edge.
     */
    static String qrCodeIn(BufferedImage image) throws NotFoundException {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        for (Map<DecodeHintType, Object> hints : List.<Map<DecodeHintType, Object>>of(Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE),
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))) {
            try {
                return new QRCodeReader().decode(bitmap, hints).getText();
            } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
                // Try the next way of reading it.
            }
        }
        throw NotFoundException.getNotFoundInstance();
    }

    private static int update(String server, Path trustFile, PrintStream out) {
        URI address = URI.create(server.replaceAll("/+$", "") + TRUST_LIST_PATH);
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                out.println("The server answered " + response.statusCode() + " for " + address + "; the trust list was not changed.");
                return 1;
            }
            TrustList trust = JSON.readValue(response.body(), TrustList.class);
            Path parent = trustFile.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, "trust-list", ".json");
            Files.write(temporary, response.body());
            Files.move(temporary, trustFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out.println("Trust list updated from " + address + ": " + trust.keys().size() + " keys, " + trust.revoked().size()
                    + " revoked documents, as of " + WHEN.format(trust.generatedAt()) + ". Saved to " + trustFile + ".");
            return 0;
        } catch (IOException | RuntimeException e) {
            out.println("Could not download the trust list from " + address + " (" + e.getMessage() + "); the trust list was not changed.");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static int usage(PrintStream out, String problem) {
        out.println(problem);
        out.println("""
                Usage: ./acogida verify-document [--trust-list FILE] TOKEN|ADDRESS|QR-IMAGE
                       ./acogida verify-document --update [--from SERVER] [--trust-list FILE]
                The trust list is kept in $ACOGIDA_DATA_DIR/trust-list.json (./data by default).""");
        return 2;
    }
}
