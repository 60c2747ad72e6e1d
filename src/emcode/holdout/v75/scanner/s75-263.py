from flask import Flask, request

app = Flask(__name__)

TEMPLATE = "<div class='stop'><h3>Departures from {stop}</h3><ul>{rows}</ul></div>"

TIMETABLE = {
    "Harbour Rd": ["07:12", "07:42", "08:12"],
    "Old Mill": ["07:20", "07:50"],
}


@app.route("/departures")
def departures():
    stop = request.args.get("stop", "")
    times = TIMETABLE.get(stop, [])
    rows = "".join("<li>{}</li>".format(t) for t in times)
    if not rows:
        rows = "<li>No buses found</li>"
    return TEMPLATE.format(stop=stop, rows=rows)
