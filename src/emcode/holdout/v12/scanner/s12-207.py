import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/shipments/batch", methods=["POST"])
def batch():
    ids = request.get_json(force=True).get("ids", [])[:200]
    if not ids:
        return jsonify([])
    id_list = ", ".join(str(i) for i in ids)
    query = "SELECT id, carrier, eta FROM shipments WHERE status = 'open'"
    query = query + " AND id IN (" + id_list + ")"
    with sqlite3.connect("logistics.db") as con:
        rows = con.execute(query).fetchall()
    return jsonify([{"id": r[0], "carrier": r[1], "eta": r[2]} for r in rows])
