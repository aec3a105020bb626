require "sinatra"

helpers do
  def current_user
    @current_user ||= User.find_by(id: session[:user_id])
  end
end

# ruleid: ruby.access-control.sinatra-route-missing-auth
get "/admin/users" do
  json User.all.map(&:to_h)
end

# ruleid: ruby.access-control.sinatra-route-missing-auth
delete "/users/:id" do
  User.find(params[:id]).destroy
  204
end

# ok: ruby.access-control.sinatra-route-missing-auth
get "/admin/stats" do
  halt 403 unless current_user&.admin?
  json Stats.summary
end

# ok: ruby.access-control.sinatra-route-missing-auth
get "/about" do
  erb :about
end
