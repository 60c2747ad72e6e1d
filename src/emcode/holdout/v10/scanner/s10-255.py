from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/alerts/test", methods=["POST"])
def test_rule():
    body = request.get_json()
    rule = body["rule"]
    reading = body.get("reading", {})
    fired = eval(rule, {}, {"r": reading})
    return jsonify({"rule": rule, "fired": bool(fired), "reading": rea