require "sinatra"
require "json"

get "/hello" do
  name = params[:name]
  # ruleid: ruby.xss.sinatra-response
  "<h1>Hello #{name}!</h1>"
end

get "/hello-safe" do
  name = params[:name]
  # ok: ruby.xss.sinatra-response
  "<h1>Hello #{Rack::Utils.escape_html(name)}!</h1>"
end

post "/comments" do
  if params[:body].to_s.empty?
    # ruleid: ruby.xss.sinatra-response
    halt 400, "Missing comment for #{params[:post_id]}"
  end
  # ok: ruby.xss.sinatra-response
  "Saved"
end

get "/api/echo" do
  content_type :json
  # ok: ruby.xss.sinatra-response
  { echo: params[:q] }.to_json
end

get "/search" do
  # ok: ruby.xss.sinatra-response
  erb :search, locals: { q: params[:q] }
end

get "/shout" do
  message = "#{params[:msg]}".upcase
  # ruleid: ruby.xss.sinatra-response
  message
end

post "/login" do
  user = DB.execute("SELECT * FROM users WHERE email = ?", [params[:email]]).first
  # ok: ruby.xss.sinatra-response
  if user && BCrypt::Password.new(user[2]) == params[:password]
    session[:user_id] = user[0]
    redirect "/"
  else
    halt 401, "Invalid credentials"
  end
end

get "/greet" do
  # ruleid: ruby.xss.sinatra-response
  "Hello, #{params[:name]}!"
end

get "/greet-safe" do
  # ok: ruby.xss.sinatra-response
  "Hello, #{Rack::Utils.escape_html(params[:name])}!"
end
