import os

import psycopg2
from flask import Flask, session

app = Flask(__name__)
app.secret_key = os.environ["PORTAL_SECRET_KEY"]

conn = psycopg2.connect(host=os.environ.get("DB_HOST", "localhost"), user="portal",
                        password=os.environ["DB_PASSWORD"], dbname="vet")


@app.route("/me")
def me():
    uid = session.get("uid")
    if uid is None:
        return {"error": "login required"}, 401
    with conn.cursor() as cur:
        cur.execute("SELECT name FROM owners WHERE id = %s", (uid,))
        row = cur.fetchone()
    return {"name": row[0] if row else None}
