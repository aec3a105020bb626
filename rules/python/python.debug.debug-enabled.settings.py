import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
# ruleid: python.debug.debug-enabled
DEBUG = True
# ok: python.debug.debug-enabled
TEMPLATE_DEBUG = os.environ.get("TEMPLATE_DEBUG") == "1"
ALLOWED_HOSTS = ["*"]

from fastapi import FastAPI

# ruleid: python.debug.debug-enabled
api = FastAPI(debug=True)
# ok: python.debug.debug-enabled
other = FastAPI(title="notes")
