import psycopg2
from flask import Flask, request, jsonify

app = Flask(__name__)

SORTABLE = {"start_time": "start_time", "room": "room", "team": "team_name"}


def get_conn():
    return psycopg2.connect(dbname="escape", user="app")


@app.get("/bookings")
def bookings():
    column = SORTABLE.get(request.args.get("sort", "start_time"), "start_time")
    query = "SELECT id, room, team_name, start_time FROM bookings WHERE start_time > now()"
    query = query + " ORDER BY " + column
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(query)
        data = cur.fetchall()
    return jsonify(data)
