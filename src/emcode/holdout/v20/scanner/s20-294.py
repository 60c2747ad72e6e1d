import os

import psycopg2
from flask import Flask, request, jsonify

app = Flask(__name__)
PRIORITIES = {"low", "normal", "high"}


@app.route("/tickets")
def tickets():
    q = ["SELECT id, title, status FROM tickets WHERE 1=1"]
    params = {}
    status = request.args.get("status")
    if status:
        q.append("AND status = %(status)s")
        params["status"] = status
    prio = request.args.get("priority")
    if prio in PRIORITIES:
        q.append("AND priority = %(prio)s")
        params["prio"] = prio
    text = request.args.get("text")
    if text:
        q.append("AND title ILIKE %(text)s")
        params["text"] = f"%{text}%"
    q.append("ORDER BY id DESC LIMIT 100")
    with psycopg2.connect(os.environ["DSN"]) as conn, conn.cursor() as cur:
        cur.execute(" ".join(q), params)
        rows = cur.fetchall()
    return jsonify([{"id": i, "title": t, "status": s} for i, t, s in rows])
