require "openssl"

module PasswordKdf
  def self.derive(password, salt)
    # ruleid: ruby.crypto.pbkdf2-low-iterations
    OpenSSL::PKCS5.pbkdf2_hmac(password, salt, 1000, 32, OpenSSL::Digest.new("SHA256"))
  end

  def self.derive_kdf(password, salt)
    # ruleid: ruby.crypto.pbkdf2-low-iterations
    OpenSSL::KDF.pbkdf2_hmac(password, salt: salt, iterations: 10_000, length: 32, hash: "sha256")
  end

  def self.derive_strong(password, salt)
    # ok: ruby.crypto.pbkdf2-low-iterations
    OpenSSL::KDF.pbkdf2_hmac(password, salt: salt, iterations: 600_000, length: 32, hash: "sha256")
  end

  def self.derive_pkcs5(password, salt)
    # ok: ruby.crypto.pbkdf2-low-iterations
    OpenSSL::PKCS5.pbkdf2_hmac(password, salt, 310000, 32, "sha256")
  end
end
