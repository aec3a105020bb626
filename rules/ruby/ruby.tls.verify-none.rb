require "net/http"
require "faraday"
require "httparty"

class PaymentsClient
  def fetch_status(id)
    uri = URI("https://payments.internal/status/#{id}")
    http = Net::HTTP.new(uri.host, uri.port)
    http.use_ssl = true
    # ruleid: ruby.tls.verify-none
    http.verify_mode = OpenSSL::SSL::VERIFY_NONE
    http.get(uri.request_uri).body
  end

  def fetch_status_safe(id)
    uri = URI("https://payments.internal/status/#{id}")
    http = Net::HTTP.new(uri.host, uri.port)
    http.use_ssl = true
    # ok: ruby.tls.verify-none
    http.verify_mode = OpenSSL::SSL::VERIFY_PEER
    http.ca_file = Rails.root.join("config", "internal-ca.pem").to_s
    http.get(uri.request_uri).body
  end

  def connection
    # ruleid: ruby.tls.verify-none
    Faraday.new(url: "https://payments.internal", ssl: { verify: false })
  end

  def connection_safe
    # ok: ruby.tls.verify-none
    Faraday.new(url: "https://payments.internal", ssl: { ca_file: "config/internal-ca.pem" })
  end

  def webhook(payload)
    # ruleid: ruby.tls.verify-none
    HTTParty.post("https://hooks.internal/notify", body: payload.to_json, verify: false)
  end

  def webhook_safe(payload)
    # ok: ruby.tls.verify-none
    HTTParty.post("https://hooks.internal/notify", body: payload.to_json)
  end

  def legacy
    # ruleid: ruby.tls.verify-none
    Net::HTTP.start("legacy.internal", 443, use_ssl: true, verify_mode: OpenSSL::SSL::VERIFY_NONE) do |h|
      h.get("/")
    end
  end
end

class ApiClient
  include HTTParty
  base_uri "https://api.internal"

  def items
    # ruleid: ruby.tls.verify-none
    self.class.get("/items", verify: false)
  end
end

# ruleid: ruby.tls.verify-none
RestClient::Request.execute(method: :get, url: "https://reports.internal", verify_ssl: false)
