package org.rightsdesk.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Tokens for links and device cookies: 32 random bytes in base64url without padding, so they cannot be
 * guessed from anything else. Anything not of that shape is refused before it reaches the database.
 */
public final class RandomTokens {

  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private RandomTokens() {}

  public static String next() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static boolean wellFormed(String token) {
    return token != null && SHAPE.matcher(token).matches();
  }
}
