# config/environments/production.rb
Rails.application.configure do
  # ruleid: ruby.cookies.insecure-session-config
  config.force_ssl = false
  # ok: ruby.cookies.insecure-session-config
  config.assume_ssl = true
end

# config/initializers/session_store.rb
# ruleid: ruby.cookies.insecure-session-config
Rails.application.config.session_store :cookie_store, key: "_shop_session", secure: false, httponly: true

# ok: ruby.cookies.insecure-session-config
Rails.application.config.session_store :cookie_store, key: "_shop_session", secure: Rails.env.production?, same_site: :lax

# config.ru
# ruleid: ruby.cookies.insecure-session-config
use Rack::Session::Cookie, key: "rack.session", secret: ENV.fetch("SESSION_SECRET"), httponly: false
