from html import escape as h
from flask import Flask, request

app = Flask(__name__)
DEVICES = [{"id": "t-1", "room": "kitchen", "temp": 21.5}]


def row(cells):
    return "<tr>" + "".join("<td>" + h(str(c)) + "</td>" for c in cells) + "</tr>"


@app.route("/devices")
def devices():
    room = request.args.get("room")
    rows = []
    for d in DEVICES:
        if room and d["room"] != room:
            continue
        rows.append(row([d["id"], d["room"], d["temp"]]))
    caption = "Devices in " + h(room) if room else "All devices"
    return "<table><caption>" + caption + "</caption>" + "".join(rows) + "</table>"
