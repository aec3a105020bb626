class SessionsController < ApplicationController
  def create
    user = User.find_by(email: params[:email])
    if user&.authenticate(params[:password])
      session[:user_id] = user.id
      # ruleid: ruby.open-redirect.redirect-to-params
      redirect_to params[:return_to], allow_other_host: true
    else
      render :new, status: :unprocessable_entity
    end
  end

  def continue
    target = params[:next]
    # ruleid: ruby.open-redirect.redirect-to-params
    redirect_to target
  end

  def continue_safe
    # ok: ruby.open-redirect.redirect-to-params
    redirect_to url_from(params[:next]) || root_path
  end

  def show_user
    # ok: ruby.open-redirect.redirect-to-params
    redirect_to user_path(params[:id])
  end

  def create_note
    note = Note.new(params.require(:note).permit(:title, :body))
    note.save!
    # ok: ruby.open-redirect.redirect-to-params
    redirect_to note, notice: "Saved"
  end

  def profile
    # ok: ruby.open-redirect.redirect-to-params
    redirect_to "/users/#{params[:id]}/profile"
  end
end

get "/out" do
  # ruleid: ruby.open-redirect.redirect-to-params
  redirect params[:to]
end
