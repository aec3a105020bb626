from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from flask import Flask
from flask_cors import CORS

flask_app = Flask(__name__)
# ruleid: python.cors.wildcard-credentials
CORS(flask_app, supports_credentials=True)

admin_app = Flask("admin")
# ok: python.cors.wildcard-credentials
CORS(admin_app, origins=["https://admin.example.com"], supports_credentials=True)

app = FastAPI()
# ruleid: python.cors.wildcard-credentials
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"], allow_headers=["*"])

public = FastAPI()
# ok: python.cors.wildcard-credentials
public.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET"])
