require "zip"
require "rubygems/package"

class ImportsController < ApplicationController
  def create
    dest = Rails.root.join("tmp", "imports", SecureRandom.uuid).to_s
    FileUtils.mkdir_p(dest)
    Zip::File.open(params[:archive].path) do |zip_file|
      zip_file.each do |entry|
        # ruleid: ruby.path-traversal.zip-slip
        entry.extract(File.join(dest, entry.name))
      end
    end
    head :created
  end

  def create_checked
    dest = File.expand_path(Rails.root.join("tmp", "imports"))
    Zip::File.open(params[:archive].path) do |zip_file|
      zip_file.each do |entry|
        target = File.expand_path(entry.name, dest)
        raise ArgumentError, "unsafe entry #{entry.name}" unless target.start_with?(dest + File::SEPARATOR)
        # ok: ruby.path-traversal.zip-slip
        entry.extract(target)
      end
    end
    head :created
  end

  def flat
    dest = Rails.root.join("tmp", "flat").to_s
    Zip::File.open(params[:archive].path) do |zip_file|
      zip_file.each do |entry|
        # ok: ruby.path-traversal.zip-slip
        entry.extract(File.join(dest, File.basename(entry.name)))
      end
    end
  end
end

def untar(io, dest)
  Gem::Package::TarReader.new(io) do |tar|
    tar.each do |entry|
      path = File.join(dest, entry.full_name)
      if entry.file?
        # ruleid: ruby.path-traversal.zip-slip
        File.open(path, "wb") { |f| f.write(entry.read) }
      end
    end
  end
end

def export(users, dir)
  users.each do |user|
    # ok: ruby.path-traversal.zip-slip
    File.write(File.join(dir, "#{user.id}.json"), user.to_json)
  end
end
