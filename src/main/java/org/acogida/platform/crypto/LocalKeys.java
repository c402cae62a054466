package org.acogida.platform.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.hybrid.HpkeParameters;
import com.google.crypto.tink.hybrid.HybridConfig;
import com.google.crypto.tink.signature.PredefinedSignatureParameters;
import com.google.crypto.tink.signature.SignatureConfig;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Key material kept outside the database, so that a copy of the database (a backup, a dump, a
 * stolen disk) holds no key to what it encrypts. One master keyset (AES-256-GCM) lives in the keys
 * directory, readable by its owner only, or is given whole by the operator in
 * {@code ACOGIDA_MASTER_KEYSET}; every other keyset (the key that wraps protection data keys, each
 * member's document-signing key) is stored in that directory encrypted with the master key. Losing
 * the directory loses the protection claims: back it up, apart from the database
 * (docs/adr/0008-keys-outside-the-database.md).
 */
@Component
public class LocalKeys {

    static final String MASTER_FILE = "master-keyset.json";

    static {
        try {
            AeadConfig.register();
            SignatureConfig.register();
            HybridConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink could not register its primitives", e);
        }
    }

    private final Path directory;
    private final Aead master;
    private final Map<String, KeysetHandle> keysets = new ConcurrentHashMap<>();

    LocalKeys(@Value("${acogida.keys.directory}") Path directory, @Value("${acogida.keys.master:}") String givenMaster) {
        this.directory = directory;
        this.master = primitive(givenMaster.isBlank() ? masterFromDirectory() : parse(givenMaster), Aead.class);
    }

    /** The keyset of this name, created on first use with these parameters and kept encrypted under the master key. */
    public KeysetHandle keyset(String name, Parameters parameters) {
        return keysets.computeIfAbsent(name, n -> loadOrCreate(n, parameters));
    }

    /**
     * The member's Ed25519 key: it signs the member's documents and the letters it sends to other
     * members, so one trust list entry vouches for both.
     */
    public KeysetHandle memberSigningKeyset(String member) {
        return keyset("signing-" + member.toLowerCase(java.util.Locale.ROOT), PredefinedSignatureParameters.ED25519WithRawOutput);
    }

    /**
     * The member's HPKE key (X25519, HKDF-SHA256, AES-256-GCM, RFC 9180): other members encrypt to
     * its public half what they send it, so that a broker and whoever runs it read nothing.
     */
    public KeysetHandle memberEncryptionKeyset(String member) {
        return keyset("hpke-" + member.toLowerCase(java.util.Locale.ROOT), HPKE);
    }

    private static final Parameters HPKE = hpke();

    private static Parameters hpke() {
        try {
            return HpkeParameters.builder().setKemId(HpkeParameters.KemId.DHKEM_X25519_HKDF_SHA256).setKdfId(HpkeParameters.KdfId.HKDF_SHA256)
                    .setAeadId(HpkeParameters.AeadId.AES_256_GCM).setVariant(HpkeParameters.Variant.NO_PREFIX).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink has no HPKE X25519", e);
        }
    }

    public static <P> P primitive(KeysetHandle keyset, Class<P> type) {
        try {
            return keyset.getPrimitive(RegistryConfiguration.get(), type);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The keyset cannot give a " + type.getSimpleName(), e);
        }
    }

    private KeysetHandle loadOrCreate(String name, Parameters parameters) {
        if (!name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("A keyset name is lower-case letters, digits and dashes: " + name);
        }
        Path file = directory.resolve(name + ".json");
        byte[] associated = name.getBytes(StandardCharsets.UTF_8);
        try {
            if (!Files.exists(file)) {
                KeysetHandle created = KeysetHandle.generateNew(parameters);
                writeOnce(file, TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(created, master, associated));
            }
            return TinkJsonProtoKeysetFormat.parseEncryptedKeyset(Files.readString(file), master, associated);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The keyset " + file + " cannot be read with this master key", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the keyset " + file, e);
        }
    }

    private KeysetHandle masterFromDirectory() {
        Path file = directory.resolve(MASTER_FILE);
        try {
            if (!Files.exists(file)) {
                KeysetHandle created = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
                writeOnce(file, TinkJsonProtoKeysetFormat.serializeKeyset(created, InsecureSecretKeyAccess.get()));
            }
            return parse(Files.readString(file));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot create the master keyset in " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the master keyset " + file, e);
        }
    }

    private static KeysetHandle parse(String json) {
        try {
            return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The master keyset is not a Tink JSON keyset", e);
        }
    }

    /**
     * Writes a new key file readable by its owner only, never over an existing one: if another
     * process created it first, its key is the one kept (the caller reads the file back).
     */
    private void writeOnce(Path file, String content) throws IOException {
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, ".new-", ".json");
        try {
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the directory's ACL applies.
            }
            Files.writeString(temporary, content);
            try {
                Files.createLink(file, temporary);
            } catch (FileAlreadyExistsException createdMeanwhile) {
                return;
            } catch (UnsupportedOperationException | IOException noHardLinks) {
                moveIfAbsent(temporary, file);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void moveIfAbsent(Path temporary, Path file) throws IOException {
        if (Files.exists(file)) {
            return;
        }
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file);
        }
    }
}
