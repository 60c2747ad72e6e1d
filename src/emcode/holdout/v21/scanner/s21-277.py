import jwt
import psycopg2
from flask import Flask, request, jsonify

app = Flask(__name__)
JWT_SECRET = "changeme-4f9a1c"
conn = psycopg2.connect(host="db.internal", user="billing", password="Billing2024!", dbname="billing")


@app.route("/token", methods=["POST"])
def token():
    body = request.get_json()
    with conn.cursor() as cur:
        cur.execute("SELECT id FROM clients WHERE api_key = %s", (body["api_key"],))
        row = cur.fetchone()
    if not row:
        return jsonify(error="bad key"), 401
    return jsonify(token=jwt.encode({"cid": row[0]}, JWT_SECRET, algorithm="HS256"))
