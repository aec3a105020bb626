require "openssl"

class SealedBox
  def seal(enc_key, mac_key, plaintext)
    # ok: ruby.crypto.cbc-without-mac
    cipher = OpenSSL::Cipher.new("aes-256-cbc").encrypt
    cipher.key = enc_key
    iv = cipher.random_iv
    body = iv + cipher.update(plaintext) + cipher.final
    body + OpenSSL::HMAC.digest("SHA256", mac_key, body)
  end
end
