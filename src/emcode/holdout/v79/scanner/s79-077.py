from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/crew")
def crew():
    skipper = escape(request.args.get("skipper", ""))
    return f"<h1>Crew list for {skipper}</h1><p>Nothing booked yet.</p>"


@app.route("/crew/add", methods=["POST"])
def add_crew():
    name = request.form.get("name")
    if not name:
        return {"error": "name requ