require "openssl"
require "jwt"

class TokenService
  def issue(user)
    # ruleid: ruby.crypto.hardcoded-key
    JWT.encode({ user_id: user.id, exp: 1.hour.from_now.to_i }, "my-super-secret-key", "HS256")
  end

  def issue_safe(user)
    # ok: ruby.crypto.hardcoded-key
    JWT.encode({ user_id: user.id, exp: 1.hour.from_now.to_i }, Rails.application.credentials.jwt_secret, "HS256")
  end

  def sign(body)
    # ruleid: ruby.crypto.hardcoded-key
    OpenSSL::HMAC.hexdigest("SHA256", "webhook-signing-secret-123", body)
  end

  def sign_safe(body)
    # ok: ruby.crypto.hardcoded-key
    OpenSSL::HMAC.hexdigest("SHA256", ENV.fetch("WEBHOOK_SECRET"), body)
  end

  def encrypt(data)
    cipher = OpenSSL::Cipher.new("aes-256-gcm").encrypt
    # ruleid: ruby.crypto.hardcoded-key
    cipher.key = "0123456789abcdef0123456789abcdef"
    iv = cipher.random_iv
    [iv, cipher.update(data) + cipher.final, cipher.auth_tag]
  end

  def encrypt_safe(data)
    cipher = OpenSSL::Cipher.new("aes-256-gcm").encrypt
    # ok: ruby.crypto.hardcoded-key
    cipher.key = Rails.application.key_generator.generate_key("vault", 32)
    iv = cipher.random_iv
    [iv, cipher.update(data) + cipher.final, cipher.auth_tag]
  end
end
