from flask import Flask, request, make_response
import sqlite3

app = Flask(__name__)


def db():
    return sqlite3.connect("iot.db")


@app.route("/devices/rename", methods=["POST"])
def rename_device():
    serial = request.form["serial"]
    new_name = request.form["name"]
    with db() as conn:
        conn.execute("UPDATE devices SET name = ? WHERE serial = ?", (new_name, serial))
    html = "<html><body>"
    html += "<p>Device " + serial + " renamed to <strong>" + new_name + "</strong>.</p>"
    html += '<a href="/devices">Back</a></body></html>'
    return make_response(html, 200)


@app.route("/devices")
def devices():
    with db() as conn:
        rows = conn.execute("SELECT serial FROM devices").fetchall()
    return {"serials": [r[0] for r in rows]}
