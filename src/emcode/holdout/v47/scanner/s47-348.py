import hashlib
import os
import sqlite3

from flask import Flask, request, session, jsonify

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/api/login", methods=["POST"])
def login():
    data = request.get_json(force=True)
    digest = hashlib.sha1(data["password"].encode()).hexdigest()
    db = sqlite3.connect("inspectors.db")
    row = db.execute("SELECT id FROM inspectors WHERE badge = ? AND pw_sha1 = ?", (data["badge"], digest)).fetchone()
    if row is None:
        return jsonify(ok=False), 401
    session["inspector_id"] = row[0]
    return jsonify(ok=True)
