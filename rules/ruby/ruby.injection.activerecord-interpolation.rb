class UsersController < ApplicationController
  def index
    # ruleid: ruby.injection.activerecord-interpolation
    @users = User.where("name = '#{params[:name]}'")
    term = params[:q]
    # ruleid: ruby.injection.activerecord-interpolation
    @found = User.find_by_sql("SELECT * FROM users WHERE bio LIKE '%" + term + "%'")
    # ok: ruby.injection.activerecord-interpolation
    @safe = User.where(name: params[:name])
    # ok: ruby.injection.activerecord-interpolation
    @placeholder = User.where("name = ?", params[:name])
    # ok: ruby.injection.activerecord-interpolation
    @page = User.where("id > #{params[:after].to_i}")
  end
end
