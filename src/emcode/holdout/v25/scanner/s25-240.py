import os
from flask import Flask, session
import psycopg2

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["DB_DSN"] = os.environ["FERRY_DSN"]


@app.route("/me")
def me():
    uid = session.get("uid")
    if uid is None:
        return {"error": "login"}, 401
    with psycopg2.connect(app.config["DB_DSN"]) as conn, conn.cursor() as cur:
        cur.execute("SELECT name FROM passengers WHERE id = %s", (uid,))
        row = cur.fetchone()
    return {"name": row[0] if row else None}
