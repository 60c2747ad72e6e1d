import html

from flask import Flask, request

app = Flask(__name__)

TEMPLATE = "<div class='stop'><h3>Departures from {stop}</h3><ul>{rows}</ul></div>"

TIMETABLE = {
    "Harbour Rd": ["07:12", "07:42", "08:12"],
    "Old Mill": ["07:20", "07:50"],
}


@app.route("/departures")
def departures():
    raw_stop = request.args.get("stop", "")
    shown = html.escape(raw_stop)
    times = TIMETABLE.get(raw_stop, [])
    rows = "".join("<li>{}</li>".format(t) for t in times) or "<li>No buses found</li>"
    return TEMPLATE.format(stop=shown, rows=rows)
