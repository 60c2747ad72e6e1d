from flask import Flask, request

app = Flask(__name__)


@app.route("/gym/roster", methods=["POST"])
def roster():
    data = request.get_json(force=True)
    members = data.get("members", [])
    parts = ["<table>", "<tr><th>Name</th><th>Grade</th></tr>"]
    for m in members:
        parts.append("<tr><td>" + str(m.get("name")) + "</td><td>" + str(m.get("grade")) + "</td></tr>")
    parts.append("</table>")
    return "\n".join(parts)
