require "net/http"
require "open-uri"
require "httparty"

class PreviewsController < ApplicationController
  ALLOWED_HOSTS = %w[images.example.org cdn.example.org].freeze
  FEEDS = { "news" => "https://news.example.org/rss", "blog" => "https://blog.example.org/feed" }.freeze

  def create
    url = params[:url]
    # ruleid: ruby.ssrf.user-url
    body = Net::HTTP.get(URI(url))
    render plain: body
  end

  def fetch_image
    # ruleid: ruby.ssrf.user-url
    response = HTTParty.get(params[:image_url], timeout: 5)
    send_data response.body, type: response.content_type
  end

  def webhook_test
    target = request.headers["X-Callback"]
    # ruleid: ruby.ssrf.user-url
    Faraday.post(target, { ping: true }.to_json, "Content-Type" => "application/json")
    # ruleid: ruby.ssrf.user-url
    html = URI.open("https://#{params[:host]}/status").read
    head :ok
  end

  def thumbnail
    uri = URI.parse(params[:url])
    return head(:bad_request) unless %w[http https].include?(uri.scheme) && ALLOWED_HOSTS.include?(uri.host)
    # ok: ruby.ssrf.user-url
    send_data Net::HTTP.get(uri), type: "image/png"
  end

  def feed
    # ok: ruby.ssrf.user-url
    xml = Net::HTTP.get(URI(FEEDS.fetch(params[:feed])))
    # ok: ruby.ssrf.user-url
    status = Net::HTTP.get(URI("https://status.example.org/api"))
    render xml: xml + status
  end
end
