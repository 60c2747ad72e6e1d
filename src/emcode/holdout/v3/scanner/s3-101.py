import os

import pymysql
from flask import Flask, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]

DB_CONFIG = {
    "host": os.environ.get("DB_HOST", "localhost"),
    "user": os.environ["DB_USER"],
    "password": os.environ["DB_PASSWORD"],
    "database": "crm",
}


@app.route("/me")
def me():
    conn = pymysql.connect(**DB_CONFIG)
    with conn.cursor() as cur:
        cur.execute("SELECT name FROM staff WHERE id = %s", (session.get("uid"),))
        row = cur.fetchone()
    return {"name": row[0] if row else None}
