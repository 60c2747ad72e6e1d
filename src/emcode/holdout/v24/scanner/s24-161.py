import os
import sqlite3
from flask import Flask, abort, jsonify, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]


def db():
    conn = sqlite3.connect("claims.db")
    conn.row_factory = sqlite3.Row
    return conn


@app.get("/claims/<int:claim_id>")
def claim_detail(claim_id):
    user_id = session.get("user_id")
    if user_id is None:
        abort(401)
    row = db().execute("SELECT id, status, amount FROM claims WHERE id = ? AND holder_id = ?",
                       (claim_id, user_id)).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))
