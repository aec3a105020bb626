require "digest"
require "bcrypt"

class User < ApplicationRecord
  def self.register(email, password)
    # ruleid: ruby.crypto.weak-password-hash
    digest = Digest::MD5.hexdigest(password)
    create!(email: email, password_digest: digest)
  end

  def self.register_salted(email, password)
    salt = SecureRandom.hex(16)
    # ruleid: ruby.crypto.weak-password-hash
    digest = Digest::SHA256.hexdigest("#{salt}#{password}")
    create!(email: email, password_salt: salt, password_digest: digest)
  end

  def authenticate(params)
    # ruleid: ruby.crypto.weak-password-hash
    Digest::SHA1.hexdigest(params[:password]) == password_digest
  end

  def self.register_bcrypt(email, password)
    # ok: ruby.crypto.weak-password-hash
    create!(email: email, password_digest: BCrypt::Password.create(password))
  end

  def avatar_etag(file_contents)
    # ok: ruby.crypto.weak-password-hash
    Digest::MD5.hexdigest(file_contents)
  end

  def gravatar_url
    # ok: ruby.crypto.weak-password-hash
    "https://www.gravatar.com/avatar/#{Digest::MD5.hexdigest(email.downcase)}"
  end
end
