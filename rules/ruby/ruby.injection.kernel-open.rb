require "open-uri"

class DownloadsController < ApplicationController
  def show
    name = params[:name]
    # ruleid: ruby.injection.kernel-open
    data = open("reports/#{name}").read
    # ok: ruby.injection.kernel-open
    safe = File.open(Rails.root.join("reports", File.basename(name))).read
    # ruleid: ruby.injection.kernel-open
    lines = IO.readlines(params[:log])
    # ok: ruby.injection.kernel-open
    static = IO.read("config/banner.txt")
    send_data data + safe + lines.join + static
  end

  def fetch_remote
    # ruleid: ruby.injection.kernel-open
    body = URI.open(params[:url]).read
    # ok: ruby.injection.kernel-open
    body2 = URI.parse(params[:url]).open.read
    render plain: body + body2
  end
end
