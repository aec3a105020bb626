require "openssl"

class KeyFactory
  def self.signing_key
    # ruleid: ruby.crypto.rsa-short-key
    OpenSSL::PKey::RSA.new(1024)
  end

  def self.legacy_key
    # ruleid: ruby.crypto.rsa-short-key
    OpenSSL::PKey::RSA.generate(512)
  end

  def self.strong_key
    # ok: ruby.crypto.rsa-short-key
    OpenSSL::PKey::RSA.new(3072)
  end

  def self.load(pem)
    # ok: ruby.crypto.rsa-short-key
    OpenSSL::PKey::RSA.new(File.read(pem))
  end
end
