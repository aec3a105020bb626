require "pg"
require "sequel"

DB = Sequel.connect(ENV.fetch("DATABASE_URL"))

class ReportsController < ApplicationController
  def search
    email = params[:email]
    # ruleid: ruby.injection.sql-raw-connection
    rows = ActiveRecord::Base.connection.execute("SELECT * FROM users WHERE email = '#{email}'")
    # ok: ruby.injection.sql-raw-connection
    safe = ActiveRecord::Base.connection.exec_query("SELECT * FROM users WHERE email = $1", "lookup", [email])
    sql = ActiveRecord::Base.sanitize_sql_array(["SELECT * FROM users WHERE email = ?", email])
    # ok: ruby.injection.sql-raw-connection
    rows2 = ActiveRecord::Base.connection.select_all(sql)
    render json: [rows.to_a, safe.to_a, rows2.to_a]
  end

  def totals
    conn = PG.connect(dbname: "shop")
    # ruleid: ruby.injection.sql-raw-connection
    result = conn.exec("SELECT sum(total) FROM orders WHERE region = '" + params[:region] + "'")
    # ok: ruby.injection.sql-raw-connection
    result = conn.exec_params("SELECT sum(total) FROM orders WHERE region = $1", [params[:region]])
    # ok: ruby.injection.sql-raw-connection
    count = conn.exec("SELECT count(*) FROM orders WHERE id > #{params[:after].to_i}")
    render json: result.to_a
  end
end

get "/products" do
  # ruleid: ruby.injection.sql-raw-connection
  items = DB["SELECT * FROM products WHERE name LIKE '%#{params[:q]}%'"].all
  # ok: ruby.injection.sql-raw-connection
  items = DB["SELECT * FROM products WHERE name LIKE ?", "%#{params[:q]}%"].all
  json items
end
