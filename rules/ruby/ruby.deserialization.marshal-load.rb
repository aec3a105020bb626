require "base64"

class PreferencesController < ApplicationController
  def show
    raw = cookies[:prefs]
    # ruleid: ruby.deserialization.marshal-load
    prefs = Marshal.load(Base64.decode64(raw))
    render json: prefs
  end

  def import
    # ruleid: ruby.deserialization.marshal-load
    data = Marshal.load(request.body.read)
    render json: { imported: data.size }
  end

  def show_json
    # ok: ruby.deserialization.marshal-load
    prefs = JSON.parse(Base64.urlsafe_decode64(cookies[:prefs]))
    render json: prefs
  end

  def cached
    # ok: ruby.deserialization.marshal-load
    snapshot = Marshal.load(File.binread(Rails.root.join("tmp", "cache", "snapshot.bin")))
    render json: snapshot
  end
end
