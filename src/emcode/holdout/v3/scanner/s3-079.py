import psycopg2
from flask import Flask, request

app = Flask(__name__)


@app.route("/signup", methods=["POST"])
def signup():
    email = request.form["email"].strip().lower()
    nickname = request.form.get("nickname", "")
    conn = psycopg2.connect(dbname="app")
    with conn, conn.cursor() as cur:
        cur.execute(
            "INSERT INTO members (email, nickname) VALUES (%s, %s) RETURNING id",
            (email, nickname),
        )
        member_id = cur.fetchone()[0]
    return {"id": member_id, "welcome": f"Thanks for joining, {nickn