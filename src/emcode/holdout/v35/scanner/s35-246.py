import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/bikes/<int:bike_id>/history")
def history(bike_id):
    limit = request.args.get("limit", 20, type=int)
    con = sqlite3.connect("repairs.sqlite")
    rows = con.execute(
        "SELECT date, work, mechanic FROM service_log WHERE bike_id = ? ORDER BY date DESC LIMIT ?",
        (bike_id, min(limit, 100)),
    ).fetchall()
    con.close()
    return jsonify([{"date": d, "work": w, "mechanic": m} for d, w, m in rows])


if __name__ == "__main__":
    app.run(debug=True)
