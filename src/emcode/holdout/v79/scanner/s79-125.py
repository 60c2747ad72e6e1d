from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/reorder", methods=["POST"])
def reorder_level():
    data = request.get_json()
    formula = data.get("formula", "weekly_use * 2")
    weekly_use = data.get("weekly_use", 10)
    level = eval(formula, {"weekly_use": weekly_use})
    return jsonify(level=level)
