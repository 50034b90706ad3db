package org.zhifagongkai.api.staff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The key pair that signs staff tokens where no identity provider is configured (the embedded
 * default). It is made on first use in its directory, readable by its owner only, and belongs to
 * that installation: nothing in the repository signs a token.
 */
public final class LocalSigningKey {

  static final String PRIVATE = "staff-token-signing.key";
  static final String PUBLIC = "staff-token-signing.pub";

  private LocalSigningKey() {}

  /** The pair kept in {@code directory}, made there first if it holds none. */
  public static synchronized KeyPair in(Path directory) {
    try {
      Path privateFile = directory.resolve(PRIVATE);
      Path publicFile = directory.resolve(PUBLIC);
      if (!Files.exists(privateFile)) {
        create(directory, privateFile, publicFile);
      }
      KeyFactory rsa = KeyFactory.getInstance("RSA");
      var publicKey = rsa.generatePublic(new X509EncodedKeySpec(read(publicFile)));
      var privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(read(privateFile)));
      return new KeyPair(publicKey, privateKey);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or write the signing key in " + directory, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The signing key in " + directory + " is damaged", e);
    }
  }

  static RSAPublicKey publicKey(KeyPair pair) {
    return (RSAPublicKey) pair.getPublic();
  }

  static RSAPrivateKey privateKey(KeyPair pair) {
    return (RSAPrivateKey) pair.getPrivate();
  }

  private static void create(Path directory, Path privateFile, Path publicFile)
      throws IOException, GeneralSecurityException {
    Files.createDirectories(directory);
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(3072);
    KeyPair pair = generator.generateKeyPair();
    write(publicFile, "PUBLIC KEY", pair.getPublic().getEncoded());
    Path partial = directory.resolve(PRIVATE + ".partial");
    write(partial, "PRIVATE KEY", pair.getPrivate().getEncoded());
    try {
      Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: the directory's own permissions must protect the key.
    }
    Files.move(partial, privateFile);
  }

  private static void write(Path file, String kind, byte[] der) throws IOException {
    String pem =
        "-----BEGIN "
            + kind
            + "-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der)
            + "\n-----END "
            + kind
            + "-----\n";
    Files.writeString(file, pem, StandardCharsets.US_ASCII);
  }

  private static byte[] read(Path file) throws IOException {
    String pem = Files.readString(file, StandardCharsets.US_ASCII);
    return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
  }
}
