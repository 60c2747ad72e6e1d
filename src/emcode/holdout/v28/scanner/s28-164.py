from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/discounts/check")
def check_discount():
    rule = request.json["rule"]
    booking = {"nights": 4, "guests": 2, "season": "low"}
    applies = eval(rule, {"__builtins__": {}}, booking)
    return jsonify({"applies": bool(applies), "rule": ru