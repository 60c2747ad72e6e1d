import pymysql
from flask import Flask, session

app = Flask(__name__)
app.secret_key = "super-secret-key-123"

DB_CONFIG = {"host": "db.internal", "user": "root", "password": "Sup3rS3cret!", "database": "crm"}


@app.route("/me")
def me():
    conn = pymysql.connect(**DB_CONFIG)
    with conn.cursor() as cur:
        cur.execute("SELECT name FROM staff WHERE id = %s", (session.get("uid"),))
        row = cur.fetchone()
    return {"name": row[0] if row else None}
