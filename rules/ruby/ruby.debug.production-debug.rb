# config/environments/production.rb
Rails.application.configure do
  config.eager_load = true
  # ruleid: ruby.debug.production-debug
  config.consider_all_requests_local = true
  # ok: ruby.debug.production-debug
  config.action_controller.perform_caching = true
  # ruleid: ruby.debug.production-debug
  config.web_console.permissions = "0.0.0.0/0"
  # ok: ruby.debug.production-debug
  config.consider_all_requests_local = false
end

# app.rb (Sinatra)
configure do
  # ruleid: ruby.debug.production-debug
  set :show_exceptions, true
  # ok: ruby.debug.production-debug
  set :show_exceptions, false
end

configure :development do
  # ok: ruby.debug.production-debug
  enable :show_exceptions
end
