module Admin
  # ruleid: ruby.access-control.rails-controller-missing-auth
  class UsersController < ApplicationController
    def index
      @users = User.order(:email)
    end

    def destroy
      User.find(params[:id]).destroy!
      redirect_to admin_users_path
    end
  end
end

# ruleid: ruby.access-control.rails-controller-missing-auth
class ExportsController < ActionController::API
  def create
    render json: Customer.all
  end
end

# ok: ruby.access-control.rails-controller-missing-auth
class PagesController < ApplicationController
  def about; end
end

module Admin
  # ok: ruby.access-control.rails-controller-missing-auth
  class RolesController < Admin::BaseController
    def update
      Role.find(params[:id]).update!(params.require(:role).permit(:name))
    end
  end
end
