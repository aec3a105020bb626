require "openssl"

class TokenVault
  def encrypt_ecb(key, plaintext)
    # ruleid: ruby.crypto.weak-cipher
    cipher = OpenSSL::Cipher.new("aes-256-ecb")
    cipher.encrypt
    cipher.key = key
    cipher.update(plaintext) + cipher.final
  end

  def encrypt_legacy(key, plaintext)
    # ruleid: ruby.crypto.weak-cipher
    cipher = OpenSSL::Cipher.new("des-ede3-cbc").encrypt
    cipher.key = key
    cipher.update(plaintext) + cipher.final
  end

  def encrypt_aes_class(key, plaintext)
    # ruleid: ruby.crypto.weak-cipher
    cipher = OpenSSL::Cipher::AES.new(128, :ECB).encrypt
    cipher.key = key
    cipher.update(plaintext) + cipher.final
  end

  def stream(key, data)
    # ruleid: ruby.crypto.weak-cipher
    rc4 = OpenSSL::Cipher.new("rc4")
    rc4.encrypt
    rc4.key = key
    rc4.update(data)
  end

  def encrypt_gcm(key, plaintext)
    # ok: ruby.crypto.weak-cipher
    cipher = OpenSSL::Cipher.new("aes-256-gcm").encrypt
    cipher.key = key
    iv = cipher.random_iv
    cipher.auth_data = ""
    [iv, cipher.update(plaintext) + cipher.final, cipher.auth_tag]
  end

  def encrypt_aes_cbc_class(key)
    # ok: ruby.crypto.weak-cipher
    OpenSSL::Cipher::AES.new(256, :GCM).encrypt
  end
end

def legacy_des(key)
  # ruleid: ruby.crypto.weak-cipher
  OpenSSL::Cipher::DES.new(:CBC).encrypt
end
