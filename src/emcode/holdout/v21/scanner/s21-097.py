import os
import jwt
import psycopg2
from flask import Flask, request, jsonify

app = Flask(__name__)
JWT_SECRET = os.environ["JWT_SECRET"]


def db():
    return psycopg2.connect(os.environ["DATABASE_URL"])


@app.route("/token", methods=["POST"])
def token():
    body = request.get_json()
    with db() as conn, conn.cursor() as cur:
        cur.execute("SELECT id FROM clients WHERE api_key_hash = crypt(%s, api_key_hash)", (body["api_key"],))
        row = cur.fetchone()
    if not row:
        return jsonify(error="bad key"), 401
    return jsonify(token=jwt.encode({"cid": row[0]}, JWT_SECRET, algorithm="HS256"))
