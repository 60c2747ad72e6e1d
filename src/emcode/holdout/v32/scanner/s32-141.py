import operator

from flask import Flask, request, jsonify

app = Flask(__name__)
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul}


@app.route("/miles/adjust", methods=["POST"])
def adjust():
    body = request.get_json(force=True)
    op = OPS.get(body.get("op"))
    if op is None:
        return jsonify(error="unsupported op"), 400
    return jsonify(result=op(int(body.get("miles", 0)), int(body.get("by", 0))))
