class ApplicationController < ActionController::Base
  before_action :authenticate_user!
end

# ok: ruby.access-control.rails-controller-missing-auth
class SettingsController < ApplicationController
  def update
    current_user.update!(params.require(:settings).permit(:theme))
  end
end
