import psycopg2
from flask import Flask, request, jsonify

app = Flask(__name__)


def get_conn():
    return psycopg2.connect(dbname="radio", user="radio_app", host="localhost")


@app.get("/plays")
def plays():
    show = request.args.get("show", "breakfast")
    order = request.args.get("order", "played_at")
    base = "SELECT title, artist, played_at FROM plays"
    where = " WHERE show_slug = %s"
    tail = " ORDER BY " + order + " DESC LIMIT 50"
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(base + where + tail, (show,))
        return jsonify(cur.fetchall())
