from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/gym/roster", methods=["POST"])
def roster():
    data = request.get_json(force=True) or {}
    cells = []
    for member in data.get("members", []):
        name = escape(member.get("name", ""))
        grade = escape(member.get("grade", ""))
        cells.append(f"<tr><td>{name}</td><td>{grade}</td></tr>")
    return "<table><tr><th>Name</th><th>Grade</th></tr>" + "".join(cells) + "</table>"
