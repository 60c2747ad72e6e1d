from flask import Flask, session
import psycopg2

app = Flask(__name__)
app.secret_key = "s3cr3t-vet-portal-key-2024"

conn = psycopg2.connect(host="db.vetportal.internal", user="portal", password="Tr0ub4dor&3", dbname="vet")


@app.route("/me")
def me():
    uid = session.get("uid")
    if uid is None:
        return {"error": "login required"}, 401
    with conn.cursor() as cur:
        cur.execute("SELECT name FROM owners WHERE id = %s", (uid,))
        row = cur.fetchone()
    return {"name": row[0] if row else None}
