require "jwt"

class ApiController < ApplicationController
  SECRET = Rails.application.credentials.jwt_secret

  def current_user_from_token
    token = request.headers["Authorization"].to_s.split(" ").last
    # ruleid: ruby.jwt.verification-disabled
    payload, _header = JWT.decode(token, nil, false)
    User.find(payload["user_id"])
  end

  def claims
    token = params[:token]
    # ruleid: ruby.jwt.verification-disabled
    JWT.decode(token, SECRET, true, { algorithms: ["HS256", "none"] }).first
  end

  def verified_claims
    token = request.headers["Authorization"].to_s.split(" ").last
    # ok: ruby.jwt.verification-disabled
    JWT.decode(token, SECRET, true, { algorithm: "HS256" }).first
  rescue JWT::DecodeError
    head :unauthorized
  end

  def issue(user)
    # ruleid: ruby.jwt.verification-disabled
    JWT.encode({ user_id: user.id }, nil, "none")
  end

  def issue_signed(user)
    # ok: ruby.jwt.verification-disabled
    JWT.encode({ user_id: user.id, exp: 1.hour.from_now.to_i }, SECRET, "HS256")
  end
end
