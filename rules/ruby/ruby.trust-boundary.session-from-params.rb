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
