require "sinatra"
require "mongo"

DB = Mongo::Client.new(ENV.fetch("MONGO_URL"))

class User
  include Mongoid::Document
  field :email, type: String
  field :password_digest, type: String
end

post "/login" do
  # ruleid: ruby.injection.nosql-operator
  user = DB[:users].find(email: params[:email], password: params[:password]).first
  halt 401 unless user
  "welcome"
end

post "/login-safe" do
  # ok: ruby.injection.nosql-operator
  user = DB[:users].find(email: params[:email].to_s).first
  halt 401 unless user && BCrypt::Password.new(user[:password_digest]) == params[:password].to_s
  "welcome"
end

class AccountsController < ApplicationController
  def search
    # ruleid: ruby.injection.nosql-operator
    @users = User.where(params[:filter])
    # ok: ruby.injection.nosql-operator
    @by_email = User.find_by(email: params[:email].to_s)
    # ok: ruby.injection.nosql-operator
    @permitted = User.where(params.require(:q).permit(:email))
    render json: @users
  end
end
