from flask import Flask, jsonify, request

app = Flask(__name__)
app.config["DEBUG"] = True
app.config["JSON_SORT_KEYS"] = False

SLOTS = {"mon": ["09:00", "10:30"], "tue": ["13:00", "15:30"]}


@app.get("/slots")
def slots():
    day = request.args.get("day", "mon")
    return jsonify(day=day, slots=SLOTS.get(day, []))


@app.post("/slots/book")
def book():
    body = request.get_json(silent=True) or {}
    day, time = body.get("day"), body.get("ti