"""Settings of the Team Notes API. Pairguard sample: the keys below are invented and belong to nothing."""
import os

# FLAW: hardcoded-secret (database URL with an embedded password)
DATABASE_URL = "postgres://admin:password123@localhost/db"
# FLAW: hardcoded-secret (OpenAI-style project key, random characters, not a real key)
OPENAI_API_KEY = "sk-proj-hs5LdTGjjGu5PDHHIUrQdMftdK7Z9Z2AOyxpz-Yyj1v3X-n7e90me-BU_vs7PeHZXTPlblrJE3jAe4haR7K8XyZCB6IAUUJcTa_RXcrzEBZshBfTf39VMBlM"

# SAFE: hardcoded-secret
DATABASE_URL_FROM_ENV = os.environ["DATABASE_URL"]
OPENAI_API_KEY_FROM_ENV = os.environ.get("OPENAI_API_KEY", "")
FLASK_SECRET_KEY = os.environ["FLASK_SECRET_KEY"]
