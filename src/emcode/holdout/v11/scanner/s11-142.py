import psycopg2
from flask import Flask, session, jsonify

app = Flask(__name__)
app.secret_key = "s3cr3t-k3y-for-prod-2024"
DB_DSN = "dbname=shop user=shop password=Sh0pAdm1n! host=db.internal"


@app.route("/me")
def me():
    uid = session.get("uid")
    with psycopg2.connect(DB_DSN) as conn, conn.cursor() as cur:
        cur.execute("SELECT name, email FROM users WHERE id = %s", (uid,))
        row = cur.fetchone()
    return jsonify(name=row[0], email=row[1]) if row else (jsonify(error="not logged in"), 401)
