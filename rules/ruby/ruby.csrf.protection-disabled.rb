class PaymentsController < ApplicationController
  # ruleid: ruby.csrf.protection-disabled
  skip_before_action :verify_authenticity_token

  def create
    current_user.payments.create!(params.require(:payment).permit(:amount, :iban))
  end
end

class ProfilesController < ApplicationController
  # ruleid: ruby.csrf.protection-disabled
  protect_from_forgery except: [:update]
  # ok: ruby.csrf.protection-disabled
  skip_before_action :authenticate_user!, only: [:show]
end

class ApplicationController < ActionController::Base
  # ok: ruby.csrf.protection-disabled
  protect_from_forgery with: :exception
end

module Api
  class EventsController < ActionController::API
    # ok: ruby.csrf.protection-disabled
    before_action :authenticate_api_token!
  end
end

Rails.application.configure do
  # ruleid: ruby.csrf.protection-disabled
  config.action_controller.allow_forgery_protection = false
end

class CommentsController < ApplicationController
  # ruleid: ruby.csrf.protection-disabled
  protect_from_forgery with: :null_session
end
