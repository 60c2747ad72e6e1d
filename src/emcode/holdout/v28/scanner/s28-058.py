import html

from flask import Flask, request

app = Flask(__name__)


def cell(value):
    return "<td>" + html.escape(str(value)) + "</td>"


@app.route("/timetable/preview", methods=["POST"])
def preview_timetable():
    data = request.get_json(force=True)
    rows = []
    for slot in data.get("slots", []):
        rows.append("<tr>" + cell(slot.get("period")) + cell(slot.get("subject"))
                    + cell(slot.get("teacher")) + "</tr>")
    table = "<table>" + "".join(rows) + "</table>"
    return table
