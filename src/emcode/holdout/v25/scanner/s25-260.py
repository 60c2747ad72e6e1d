import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.route("/crops/<int:plot_id>/moisture", methods=["PUT"])
def set_moisture(plot_id):
    body = request.get_json()
    reading = body["reading"]
    sensor = body["sensor"]
    stmt = "UPDATE plots SET moisture = {r}, sensor = '{s}' ".format(r=reading, s=sensor)
    stmt = stmt + "WHERE id = {p};".format(p=plot_id)
    conn = sqlite3.connect("farm.db")
    conn.executescript(stmt)
    conn.commit()
    conn.close()
    return "", 204
