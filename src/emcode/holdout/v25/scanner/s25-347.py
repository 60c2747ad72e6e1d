from flask import Flask, session, request
import psycopg2

app = Flask(__name__)
app.config.update(
    SECRET_KEY="s3cr3t-ferry-key-2024",
    DB_DSN="dbname=ferry user=ferry password=Ferry!2024 host=db.internal",
)


@app.route("/me")
def me():
    uid = session.get("uid")
    if uid is None:
        return {"error": "login"}, 401
    with psycopg2.connect(app.config["DB_DSN"]) as conn, conn.cursor() as cur:
        cur.execute("SELECT name FROM passengers WHERE id = %s", (uid,))
        row = cur.fetchone()
    return {"name": row[0] if row else None}
