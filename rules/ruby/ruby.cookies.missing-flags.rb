class SessionsController < ApplicationController
  def create
    user = User.find_by(email: params[:email])
    return head(:unauthorized) unless user&.authenticate(params[:password])

    token = user.generate_remember_token
    # ruleid: ruby.cookies.missing-flags
    cookies[:remember_token] = token
    # ruleid: ruby.cookies.missing-flags
    cookies.permanent.signed[:user_id] = { value: user.id, expires: 2.weeks }
    # ok: ruby.cookies.missing-flags
    cookies.encrypted[:session_hint] = { value: user.id, httponly: true, secure: Rails.env.production?, same_site: :lax }
    # ok: ruby.cookies.missing-flags
    cookies[:theme] = params[:theme]
    redirect_to root_path
  end
end

get "/login" do
  # ruleid: ruby.cookies.missing-flags
  response.set_cookie("sid", { value: SecureRandom.hex(32), secure: true })
  # ok: ruby.cookies.missing-flags
  response.set_cookie("sid2", { value: SecureRandom.hex(32), httponly: true, secure: true, same_site: :lax })
  # ruleid: ruby.cookies.missing-flags
  response.set_cookie("auth", value: SecureRandom.hex(32), httponly: true)
  # ruleid: ruby.cookies.missing-flags
  response.set_cookie("auth2", value: SecureRandom.hex(32), path: "/")
  # ok: ruby.cookies.missing-flags
  response.set_cookie("auth3", value: SecureRandom.hex(32), httponly: true, secure: true)
  "ok"
end
