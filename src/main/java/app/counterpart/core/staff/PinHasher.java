package app.counterpart.core.staff;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Random;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2-HMAC-SHA256 PIN hashes, stored as "pbkdf2-sha256$iterations$salt$hash". A four-digit
 * PIN is weak by nature; the slow hash and a lockout (staff issue) are what make guessing expensive.
 */
public final class PinHasher {

    public static final int DEFAULT_ITERATIONS = 120_000;
    private static final String PREFIX = "pbkdf2-sha256";

    private final int iterations;
    private final Random saltSource;

    public PinHasher(int iterations, Random saltSource) {
        this.iterations = iterations;
        this.saltSource = saltSource;
    }

    public static PinHasher secure() {
        return new PinHasher(DEFAULT_ITERATIONS, new SecureRandom());
    }

    public String hash(String pin) {
        byte[] salt = new byte[16];
        synchronized (saltSource) {
            saltSource.nextBytes(salt);
        }
        byte[] hash = derive(pin, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** False for a wrong PIN and for a damaged stored hash alike: a bad row must refuse, not crash a login. */
    public static boolean matches(String pin, String stored) {
        if (pin == null || stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            return false;
        }
        try {
            int rounds = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(pin, salt, rounds));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] derive(String pin, byte[] salt, int rounds) {
        try {
            PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, rounds, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        }
    }
}
