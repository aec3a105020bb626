require "openssl"

class Encryptor
  IV = "0123456789abcdef".freeze

  def encrypt_fixed(key, data)
    cipher = OpenSSL::Cipher.new("aes-256-cbc").encrypt
    cipher.key = key
    # ruleid: ruby.crypto.static-iv
    cipher.iv = "1234567890123456"
    cipher.update(data) + cipher.final
  end

  def encrypt_zero(key, data)
    cipher = OpenSSL::Cipher.new("aes-256-cbc").encrypt
    cipher.key = key
    # ruleid: ruby.crypto.static-iv
    cipher.iv = "\0" * 16
    cipher.update(data) + cipher.final
  end

  def encrypt_constant(key, data)
    cipher = OpenSSL::Cipher.new("aes-256-gcm").encrypt
    cipher.key = key
    # ruleid: ruby.crypto.static-iv
    cipher.iv = IV
    cipher.update(data) + cipher.final
  end

  def encrypt_random(key, data)
    cipher = OpenSSL::Cipher.new("aes-256-gcm").encrypt
    cipher.key = key
    # ok: ruby.crypto.static-iv
    iv = cipher.random_iv
    [iv, cipher.update(data) + cipher.final, cipher.auth_tag]
  end

  def decrypt(key, iv, data)
    cipher = OpenSSL::Cipher.new("aes-256-gcm").decrypt
    cipher.key = key
    # ok: ruby.crypto.static-iv
    cipher.iv = iv
    cipher.update(data)
  end
end
