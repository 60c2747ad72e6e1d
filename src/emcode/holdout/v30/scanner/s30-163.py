import hashlib
import os
import secrets
import sqlite3

from flask import Flask, g, request

app = Flask(__name__)


def db():
    if "db" not in g:
        g.db = sqlite3.connect("keys.db")
    return g.db


@app.post("/partners/<int:partner_id>/keys")
def issue_key(partner_id):
    admin = request.headers.get("X-Admin-Token", "")
    if not secrets.compare_digest(admin.encode(), os.environ["ADMIN_TOKEN"].encode()):
        return {"error": "forbidden"}, 403
    key = secrets.token_urlsafe(32)
    digest = hashlib.sha256(key.encode()).hexdigest()
    db().execute("INSERT INTO api_keys (partner_id, key_sha256) VALUES (?, ?)", (partner_id, digest))
    db().commit()
    return {"api_key": key}, 201
