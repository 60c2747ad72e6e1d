from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/api/calc", methods=["POST"])
def calc():
    expr = request.json.get("expression", "0")
    try:
        value = eval(expr)
    except Exception as exc:
        return jsonify(error=str(exc)), 400
    return jsonify(result=value)
