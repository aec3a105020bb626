require "mysql2"

class ReportingDatabase
  # ruleid: ruby.hardcoded-credentials.literal-secret
  DB_PASSWORD = "Rep0rting!2024"
  # ok: ruby.hardcoded-credentials.literal-secret
  API_KEY = ENV.fetch("REPORTING_API_KEY")
  # ok: ruby.hardcoded-credentials.literal-secret
  SMTP_PASSWORD = "changeme"
  # ok: ruby.hardcoded-credentials.literal-secret
  DATABASE_URL_PASSWORD_HINT = ""

  def client
    # ruleid: ruby.hardcoded-credentials.literal-secret
    Mysql2::Client.new(host: "db.internal", username: "reporting", password: "s3cr3t-Passw0rd")
  end

  def safe_client
    # ok: ruby.hardcoded-credentials.literal-secret
    Mysql2::Client.new(host: "db.internal", username: "reporting", password: ENV.fetch("DB_PASSWORD"))
  end
end

Stripe.configure do |config|
  # ruleid: ruby.hardcoded-credentials.literal-secret
  config.webhook_secret = "a8f5f167f44f4964e6c998dee827110c"
  # ok: ruby.hardcoded-credentials.literal-secret
  config.api_key = Rails.application.credentials.dig(:stripe, :secret_key)
end

# ok: ruby.hardcoded-credentials.literal-secret
OPENAI_API_KEY = "sk-proj-abc123def456ghi789jkl012mno345pqr678"
# ok: ruby.hardcoded-credentials.literal-secret
LEGACY_DB = { "password" => "<your-password>" }
