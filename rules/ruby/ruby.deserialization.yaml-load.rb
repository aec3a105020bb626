require "yaml"
require "oj"

class ImportsController < ApplicationController
  def create
    # ruleid: ruby.deserialization.yaml-load
    config = YAML.load(params[:config])
    # ok: ruby.deserialization.yaml-load
    safe_config = YAML.safe_load(params[:config], permitted_classes: [Date], aliases: false)
    render json: [config, safe_config]
  end

  def bulk
    body = request.body.read
    # ruleid: ruby.deserialization.yaml-load
    records = Oj.load(body)
    # ok: ruby.deserialization.yaml-load
    strict = Oj.load(body, mode: :strict)
    # ruleid: ruby.deserialization.yaml-load
    legacy = YAML.unsafe_load(body)
    # ok: ruby.deserialization.yaml-load
    parsed = JSON.parse(body)
    render json: { count: records.size + strict.size + legacy.size + parsed.size }
  end

  def defaults
    # ok: ruby.deserialization.yaml-load
    settings = YAML.load(File.read(Rails.root.join("config", "defaults.yml")))
    render json: settings
  end
end
