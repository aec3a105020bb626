class AccountsController < ApplicationController
  LOCALES = { "en" => "en", "de" => "de", "fr" => "fr" }.freeze

  def switch
    # ruleid: ruby.trust-boundary.session-from-params
    session[:user_id] = params[:user_id]
    # ruleid: ruby.trust-boundary.session-from-params
    session[:role] = request.headers["X-Role"]
    redirect_to root_path
  end

  def login
    user = User.find_by(email: params[:email])
    if user&.authenticate(params[:password])
      # ok: ruby.trust-boundary.session-from-params
      session[:user_id] = user.id
    end
    # ok: ruby.trust-boundary.session-from-params
    session[:locale] = LOCALES.fetch(params[:locale], "en")
    redirect_to root_path
  end
end

post "/login" do
  row = DB.execute("SELECT id, password_digest FROM users WHERE email = ?", [params[:email]]).first
  if row && BCrypt::Password.new(row[1]) == params[:password]
    # ok: ruby.trust-boundary.session-from-params
    session[:user_id] = row[0]
  end
  # ruleid: ruby.trust-boundary.session-from-params
  session[:return_to] = params[:return_to]
  redirect "/"
end
