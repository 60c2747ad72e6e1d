import os
import sqlite3

import bcrypt
from flask import Flask, request, jsonify, abort

app = Flask(__name__)


@app.post("/api/signup")
def signup():
    data = request.get_json(silent=True) or {}
    email, password = data.get("email"), data.get("password")
    if not email or not password or len(password) < 10:
        abort(400)
    pw_hash = bcrypt.hashpw(password.encode(), bcrypt.gensalt())
    con = sqlite3.connect(os.environ.get("LEAGUE_DB", "league.db"))
    with con:
        con.execute("INSERT INTO users (email, pw_hash) VALUES (?, ?)", (email, pw_hash))
    return jsonify(ok=True), 201
