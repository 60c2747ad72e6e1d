import os

import psycopg2
from flask import Flask, session, jsonify

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
DB_DSN = os.environ["DATABASE_DSN"]


@app.route("/me")
def me():
    uid = session.get("uid")
    if uid is None:
        return jsonify(error="not logged in"), 401
    with psycopg2.connect(DB_DSN) as conn, conn.cursor() as cur:
        cur.execute("SELECT name, email FROM users WHERE id = %s", (uid,))
        row = cur.fetchone()
    return jsonify(name=row[0], email=row[1]) if row else (jsonify(error="unknown user"), 404)
