import json
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
BRACKETS = {}


@app.route("/brackets/<name>", methods=["PUT"])
def upload_bracket(name):
    try:
        bracket = json.loads(request.get_data(as_text=True))
    except ValueError:
        abort(400)
    if not isinstance(bracket, dict) or not isinstance(bracket.get("rounds"), list):
        abort(422)
    BRACKETS[name] = bracket
    return jsonify(ok=True, rounds=len(bracket["rounds"]))
