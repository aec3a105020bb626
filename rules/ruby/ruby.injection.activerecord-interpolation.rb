class UsersController < ApplicationController
  SORTABLE = { "name" => "name", "created" => "created_at" }.freeze

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
    # ok: ruby.injection.activerecord-interpolation
    @like = User.where("bio LIKE ?", "%#{User.sanitize_sql_like(term)}%")
  end

  def sorted
    # ruleid: ruby.injection.activerecord-interpolation
    @users = User.order("#{params[:sort]} #{params[:dir]}")
    # ok: ruby.injection.activerecord-interpolation
    @users = User.order(SORTABLE.fetch(params[:sort], "created_at"))
    column = request.headers["X-Columns"]
    # ruleid: ruby.injection.activerecord-interpolation
    @names = User.active.pluck(column)
    # ruleid: ruby.injection.activerecord-interpolation
    @rows = User.joins("LEFT JOIN orders ON orders.user_id = users.id AND orders.state = '#{cookies[:state]}'")
    # ok: ruby.injection.activerecord-interpolation
    @rows = User.joins(:orders).where(orders: { state: cookies[:state] })
  end

  def deactivate
    # ruleid: ruby.injection.activerecord-interpolation
    User.where(team_id: current_user.team_id).update_all("note = '#{params[:note]}'")
    # ok: ruby.injection.activerecord-interpolation
    User.where(team_id: current_user.team_id).update_all(note: params[:note])
    head :no_content
  end

  def search
    # ruleid: ruby.injection.activerecord-interpolation
    @users = User.where("email LIKE '%#{search_params[:email]}%'")
    # ok: ruby.injection.activerecord-interpolation
    @users = User.where("email LIKE ?", "%#{User.sanitize_sql_like(search_params[:email])}%")
  end

  private

  def search_params
    params.permit(:email, :page)
  end
end
