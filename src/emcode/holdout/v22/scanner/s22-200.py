import psycopg2
from flask import Flask, jsonify

app = Flask(__name__)
app.secret_key = "s3cr3t-flask-key-2023"

DB_PASSWORD = "Winter2023!"


def db():
    return psycopg2.connect(host="db.internal", dbname="fleet", user="fleet_admin", password=DB_PASSWORD)


@app.get("/trucks")
def trucks():
    with db() as conn, conn.cursor() as cur:
        cur.execute("SELECT id, plate FROM trucks")
        return jsonify(cur.fetchall())
