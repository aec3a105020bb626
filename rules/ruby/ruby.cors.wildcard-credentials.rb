# config/initializers/cors.rb
Rails.application.config.middleware.insert_before 0, Rack::Cors do
  allow do
    origins "*"
    # ruleid: ruby.cors.wildcard-credentials
    resource "/api/*", headers: :any, methods: [:get, :post, :patch, :delete], credentials: true
  end

  allow do
    origins "https://app.example.org", "https://admin.example.org"
    # ok: ruby.cors.wildcard-credentials
    resource "/api/*", headers: :any, methods: [:get, :post], credentials: true
  end

  allow do
    origins "*"
    # ok: ruby.cors.wildcard-credentials
    resource "/public/*", headers: :any, methods: [:get]
  end

  allow do
    origins /.*/
    # ruleid: ruby.cors.wildcard-credentials
    resource "/graphql", headers: :any, methods: [:post], credentials: true
  end
end

class Api::BaseController < ActionController::API
  before_action :cors_headers

  private

  def cors_headers
    # ruleid: ruby.cors.wildcard-credentials
    response.headers["Access-Control-Allow-Origin"] = request.headers["Origin"]
    response.headers["Access-Control-Allow-Credentials"] = "true"
  end
end
