from defusedxml import ElementTree as ET
from defusedxml.common import DefusedXmlException
from flask import Flask, request, jsonify

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024


@app.post("/hr/timesheets")
def import_timesheet():
    try:
        root = ET.fromstring(request.get_data())
    except (ET.ParseError, DefusedXmlException):
        return jsonify(error="invalid timesheet"), 400
    entries = []
    for row in root.iter("entry"):
        entries.append({"employee": row.get("id"), "hours": float(row.findtext("hours", "0"))})
    return jsonify(imported=len(entries))
