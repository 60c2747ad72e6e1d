import os
import sqlite3
from flask import Flask, abort, jsonify, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]


@app.get("/claims/<int:claim_id>")
def claim_detail(claim_id):
    if "user_id" not in session:
        abort(401)
    conn = sqlite3.connect("claims.db")
    conn.row_factory = sqlite3.Row
    row = conn.execute("SELECT id, holder_id, status, amount, bank_iban FROM claims WHERE id = ?", (claim_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))
