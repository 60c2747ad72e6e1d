import sqlite3
from flask import Flask, request, abort

app = Flask(__name__)


@app.route("/crops/<int:plot_id>/moisture", methods=["PUT"])
def set_moisture(plot_id):
    body = request.get_json(silent=True) or {}
    try:
        reading = float(body["reading"])
    except (KeyError, TypeError, ValueError):
        abort(400)
    stmt = "UPDATE plots SET moisture = :reading"
    values = {"reading": reading, "plot": plot_id}
    if "sensor" in body:
        stmt += ", sensor = :sensor"
        values["sensor"] = str(body["sensor"])
    stmt += " WHERE id = :plot"
    with sqlite3.connect("farm.db") as conn:
        conn.execute(stmt, values)
    return "", 204
