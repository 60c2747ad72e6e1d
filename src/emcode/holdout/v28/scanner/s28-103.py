from pathlib import Path

from flask import Flask, send_file, abort, request

app = Flask(__name__)
EXPORTS = Path("/srv/timetable/exports")
FILES = {
    "autumn": EXPORTS / "autumn-term.xlsx",
    "spring": EXPORTS / "spring-term.xlsx",
    "summer": EXPORTS / "summer-term.xlsx",
}


@app.get("/exports")
def export():
    path = FILES.get(request.args.get("term", ""))
    if path is None:
        abort(404)
    return send_file(path, as_attachment=True)
