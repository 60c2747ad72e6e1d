import shelve

from flask import Flask, request, jsonify

app = Flask(__name__)
DB_PATH = "/var/lib/housekeeping/shifts"


@app.route("/housekeeping/shift")
def shift():
    day = request.args.get("day", "monday").lower()
    with shelve.open(DB_PATH, flag="r") as db:
        crew = db.get(day, [])
    return jsonify(day=day, crew=list(crew))
