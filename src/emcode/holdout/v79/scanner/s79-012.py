from flask import Flask, request

app = Flask(__name__)


@app.route("/crew")
def crew():
    skipper = request.args.get("skipper", "")
    html = f"<h1>Crew list for {skipper}</h1><p>Nothing booked yet.</p>"
    return html


@app.route("/crew/add", methods=["POST"])
def add_crew():
    name = request.form.get("name")
    if not name:
        return {"error": "name requ