from flask import Flask, request

app = Flask(__name__)


@app.route("/screening/summary", methods=["POST"])
def summary():
    data = request.get_json(force=True) or {}
    applicants = data.get("applicants", [])
    items = ["<li>" + a.get("name", "") + "</li>" for a in applicants]
    return "<ul>" + "".join(items) + "</ul>"
