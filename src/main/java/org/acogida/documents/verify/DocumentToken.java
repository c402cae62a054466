package org.acogida.documents.verify;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The text a document's QR code holds: {@code ACO1.<payload>.<signature>}, the payload as
 * base64url JSON and the Ed25519 signature (RFC 8032) over {@code ACO1.<payload>} as base64url. The
 * signature covers the exact bytes sent, so verifying needs no canonical JSON. Plain Java with no
 * Spring, for the offline verifier.
 */
public final class DocumentToken {

    public static final String PREFIX = "ACO1";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** A token taken apart: the payload, the bytes that were signed and the signature. */
    public record Parts(DocumentPayload payload, byte[] signedBytes, byte[] signature) {}

    private DocumentToken() {
    }

    /** The bytes to sign for this payload: {@code ACO1.<payload>}. */
    public static String signingInput(DocumentPayload p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("v", p.version());
        json.put("id", p.id().toString());
        json.put("no", p.number());
        json.put("k", p.kind());
        json.put("m", p.member());
        json.put("kid", p.keyId());
        json.put("n", p.holder());
        json.put("b", p.born() == null ? null : p.born().toString());
        json.put("f", p.validFrom().toString());
        json.put("u", p.validUntil().toString());
        return PREFIX + "." + ENCODER.encodeToString(JSON.writeValueAsBytes(json));
    }

    public static String token(String signingInput, byte[] signature) {
        return signingInput + "." + ENCODER.encodeToString(signature);
    }

    /**
     * Reads a token, or a verification address that carries one in its {@code t} parameter (what a
     * phone's camera reads from the QR code). Empty when it is not a token of this format.
     */
    public static Optional<Parts> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String token = text.strip();
        int query = token.indexOf("t=");
        if (token.startsWith("http") && query > 0) {
            token = token.substring(query + 2);
            int end = token.indexOf('&');
            token = end < 0 ? token : token.substring(0, end);
        }
        String[] parts = token.split("\\.");
        if (parts.length != 3 || !parts[0].equals(PREFIX)) {
            return Optional.empty();
        }
        try {
            JsonNode json = JSON.readTree(DECODER.decode(parts[1]));
            String born = text(json, "b");
            DocumentPayload payload = new DocumentPayload(json.get("v").asInt(), UUID.fromString(text(json, "id")), text(json, "no"),
                    text(json, "k"), text(json, "m"), text(json, "kid"), text(json, "n"), born == null ? null : LocalDate.parse(born),
                    LocalDate.parse(text(json, "f")), LocalDate.parse(text(json, "u")));
            return Optional.of(new Parts(payload, (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII), DECODER.decode(parts[2])));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode node = json.get(field);
        return node == null || node.isNull() ? null : node.asString();
    }
}
