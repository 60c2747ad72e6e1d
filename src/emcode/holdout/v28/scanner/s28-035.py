from flask import Flask, request

app = Flask(__name__)


@app.route("/timetable/preview", methods=["POST"])
def preview_timetable():
    data = request.get_json(force=True)
    rows = []
    for slot in data.get("slots", []):
        rows.append("<tr><td>{}</td><td>{}</td><td>{}</td></tr>".format(
            slot.get("period"), slot.get("subject"), slot.get("teacher")))
    table = "<table>" + "".join(rows) + "</table>"
    return table
