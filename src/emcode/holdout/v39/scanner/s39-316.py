import hashlib
import secrets
import sqlite3

from flask import Flask, request, session
import os

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]


@app.post("/hosts/api-keys")
def create_key():
    if "host_id" not in session:
        return {"error": "login required"}, 401
    key = "pk_" + secrets.token_hex(24)
    digest = hashlib.sha256(key.encode()).hexdigest()
    with sqlite3.connect("podhost.db") as con:
        con.execute("INSERT INTO api_keys (host_id, key_sha256) VALUES (?, ?)", (session["host_id"], digest))
    return {"api_key": key}, 201
