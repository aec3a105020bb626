require "sinatra"

before "/admin/*" do
  halt 401, "Not authorized" unless session[:admin]
end

# ok: ruby.access-control.sinatra-route-missing-auth
get "/admin/users" do
  json User.all.map(&:to_h)
end
