require "erb"

class GreetingsController < ApplicationController
  def show
    name = params[:name]
    # ruleid: ruby.injection.template-injection
    render inline: "<h1>Hello #{name}</h1>"
    # ok: ruby.injection.template-injection
    render :show, locals: { name: name }
  end

  def preview
    # ruleid: ruby.injection.template-injection
    html = ERB.new(params[:template]).result(binding)
    # ok: ruby.injection.template-injection
    html2 = ERB.new(File.read(Rails.root.join("app/views/mailer/preview.html.erb"))).result_with_hash(name: params[:name])
    # ok: ruby.injection.template-injection
    render inline: "<h1><%= name %></h1>", locals: { name: params[:name] }
  end
end

get "/hello" do
  # ruleid: ruby.injection.template-injection
  erb "<p>Welcome, #{params[:user]}</p>"
end

get "/profile" do
  # ok: ruby.injection.template-injection
  erb :profile, locals: { user: params[:user] }
end
