import psycopg2
from flask import Flask, request, jsonify

app = Flask(__name__)


def get_conn():
    return psycopg2.connect(dbname="escape", user="app")


@app.get("/bookings")
def bookings():
    sort = request.args.get("sort", "start_time")
    query = "SELECT id, room, team_name, start_time FROM bookings WHERE start_time > now()"
    query = query + " ORDER BY " + sort
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(query)
        data = cur.fetchall()
    return jsonify(data)
