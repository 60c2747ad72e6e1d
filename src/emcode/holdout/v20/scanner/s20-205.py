import ast

from flask import Flask, request, jsonify, abort

app = Flask(__name__)
SETTINGS = {"retry_delays": [1, 2, 5]}


@app.route("/settings/retry", methods=["POST"])
def set_retry():
    try:
        value = ast.literal_eval(request.form["delays"])
    except (ValueError, SyntaxError):
        abort(400)
    if not isinstance(value, list) or not all(isinstance(v, (int, float)) and v >= 0 for v in value):
        abort(400)
    SETTINGS["retry_delays"] = value
    return jsonify(SETTINGS)
