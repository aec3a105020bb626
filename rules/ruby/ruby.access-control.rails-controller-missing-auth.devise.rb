module Admin
  # ok: ruby.access-control.rails-controller-missing-auth
  class UsersController < ApplicationController
    before_action :authenticate_user!
    before_action :require_admin

    def index
      @users = User.order(:email)
    end

    private

    def require_admin
      head :forbidden unless current_user.admin?
    end
  end
end
