class ApplicationController < ActionController::Base
  before_action :authenticate_user!
end

module Admin
  class ReportsController < ApplicationController
    # ruleid: ruby.access-control.skip-authentication
    skip_before_action :authenticate_user!

    def index
      render json: Report.all
    end
  end
end

class PostsController < ApplicationController
  # ruleid: ruby.access-control.skip-authentication
  skip_before_action :authenticate_user!, only: [:index, :show, :destroy]
  # ok: ruby.access-control.skip-authentication
  skip_before_action :verify_authenticity_token, only: [:preview]

  def index; end
  def show; end
  def destroy; end
end

class RegistrationsController < ApplicationController
  # ok: ruby.access-control.skip-authentication
  skip_before_action :authenticate_user!, only: %i[new create]
end

class AccountsController < ApplicationController
  # ruleid: ruby.access-control.skip-authentication
  allow_unauthenticated_access only: %i[show destroy]
  # ok: ruby.access-control.skip-authentication
  skip_before_action :set_locale
end
