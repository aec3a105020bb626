require "net/http"
require "openssl"

class LegacyBankClient
  def fetch(uri)
    http = Net::HTTP.new(uri.host, uri.port)
    http.use_ssl = true
    # ruleid: ruby.tls.old-version
    http.ssl_version = :TLSv1
    http.get(uri.path)
  end

  def context
    ctx = OpenSSL::SSL::SSLContext.new
    # ruleid: ruby.tls.old-version
    ctx.min_version = OpenSSL::SSL::TLS1_VERSION
    ctx
  end

  def modern_context
    ctx = OpenSSL::SSL::SSLContext.new
    # ok: ruby.tls.old-version
    ctx.min_version = OpenSSL::SSL::TLS1_2_VERSION
    ctx
  end

  def modern(uri)
    http = Net::HTTP.new(uri.host, uri.port)
    # ok: ruby.tls.old-version
    http.min_version = :TLS1_2
    http
  end

  def faraday
    # ruleid: ruby.tls.old-version
    Faraday.new(url: "https://bank.example", ssl: { verify: true, version: :TLSv1 }, ssl_version: "SSLv3")
  end
end
