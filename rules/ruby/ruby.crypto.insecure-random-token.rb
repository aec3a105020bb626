class PasswordResetsController < ApplicationController
  ALPHABET = [*"a".."z", *"A".."Z", *"0".."9"].freeze

  def create
    user = User.find_by!(email: params[:email])
    # ruleid: ruby.crypto.insecure-random-token
    user.reset_token = rand(36**32).to_s(36)
    # ok: ruby.crypto.insecure-random-token
    user.reset_digest = SecureRandom.urlsafe_base64(32)
    user.save!
    head :accepted
  end

  def otp
    # ruleid: ruby.crypto.insecure-random-token
    otp_code = Array.new(6) { rand(10) }.join
    # ruleid: ruby.crypto.insecure-random-token
    api_key = ALPHABET.sample(40).join
    # ok: ruby.crypto.insecure-random-token
    otp = SecureRandom.random_number(1_000_000).to_s.rjust(6, "0")
    # ok: ruby.crypto.insecure-random-token
    delay = rand(5)
    # ok: ruby.crypto.insecure-random-token
    invite_token = ALPHABET.sample(32, random: SecureRandom).join
    render json: { code: otp_code, key: api_key, otp: otp, delay: delay, invite: invite_token }
  end
end
