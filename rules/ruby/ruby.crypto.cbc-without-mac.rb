require "openssl"

class FieldCrypto
  def encrypt(key, plaintext)
    # ruleid: ruby.crypto.cbc-without-mac
    cipher = OpenSSL::Cipher.new("aes-256-cbc").encrypt
    cipher.key = key
    iv = cipher.random_iv
    iv + cipher.update(plaintext) + cipher.final
  end

  def decrypt(key, blob)
    # ruleid: ruby.crypto.cbc-without-mac
    cipher = OpenSSL::Cipher.new("AES-128-CBC").decrypt
    cipher.key = key
    cipher.iv = blob[0, 16]
    cipher.update(blob[16..]) + cipher.final
  end

  def encrypt_gcm(key, plaintext)
    # ok: ruby.crypto.cbc-without-mac
    cipher = OpenSSL::Cipher.new("aes-256-gcm").encrypt
    cipher.key = key
    iv = cipher.random_iv
    [iv, cipher.update(plaintext) + cipher.final, cipher.auth_tag]
  end
end
