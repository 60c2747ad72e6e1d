import hashlib
import os
import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)
SALT = "sundayleague$"


@app.post("/api/signup")
def signup():
    data = request.get_json(force=True)
    pw_hash = hashlib.sha256((SALT + data["password"]).encode()).hexdigest()
    con = sqlite3.connect(os.environ.get("LEAGUE_DB", "league.db"))
    with con:
        con.execute("INSERT INTO users (email, pw_hash) VALUES (?, ?)", (data["email"], pw_hash))
    return jsonify(ok=True), 201
