import os

import psycopg2
from flask import Flask, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]

DSN = os.environ["BREWERY_DSN"]


@app.route("/taps")
def taps():
    session["visits"] = session.get("visits", 0) + 1
    with psycopg2.connect(DSN) as conn, conn.cursor() as cur:
        cur.execute("SELECT name, style FROM taps WHERE active")
        return {"taps": cur.fetchall(), "visits": session["visits"]}
