require "open3"
require "shellwords"

class ReportsController < ApplicationController
  def thumbnail
    file = params[:file]
    # ruleid: ruby.injection.command
    system("convert uploads/#{file} -resize 200x200 thumbs/#{file}")
    # ok: ruby.injection.command
    system("convert", "uploads/#{file}", "-resize", "200x200", "thumbs/out.png")
    head :ok
  end

  def ping
    host = request.headers["X-Target-Host"]
    # ruleid: ruby.injection.command
    output = `ping -c 1 #{host}`
    # ruleid: ruby.injection.command
    trace = %x(traceroute #{host})
    # ok: ruby.injection.command
    uptime = `uptime`
    # ok: ruby.injection.command
    safe = `ping -c 1 #{Shellwords.escape(host)}`
    render plain: [output, trace, uptime, safe].join("\n")
  end

  def archive
    name = params.require(:archive)[:name]
    # ruleid: ruby.injection.command
    stdout, status = Open3.capture2("tar czf /tmp/#{name}.tgz data/")
    # ok: ruby.injection.command
    stdout, status = Open3.capture2("tar", "czf", "/tmp/archive.tgz", name)
    # ruleid: ruby.injection.command
    IO.popen("grep -r #{params[:q]} logs/") { |io| io.read }
    # ok: ruby.injection.command
    count = `wc -l logs/#{params[:day].to_i}.log`
    render plain: stdout
  end
end

# ruleid: ruby.injection.command
exec("git log #{ARGV[0]}")
