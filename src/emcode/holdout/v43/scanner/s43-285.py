import psycopg2
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/incidents")
def add_incident():
    data = request.get_json()
    conn = psycopg2.connect(dbname="minesafety")
    with conn, conn.cursor() as cur:
        cur.execute(
            "INSERT INTO incidents (shaft, kind, severity, notes) VALUES (%s, %s, %s, %s) RETURNING id",
            (data["shaft"], data["kind"], int(data["severity"]), data.get("no