from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/calc", methods=["POST"])
def calc():
    expr = request.json.get("expr", "0")
    allowed = set("0123456789+-*/(). ")
    cleaned = expr.strip()
    try:
        result = eval(cleaned)
    except Exception as exc:
        return jsonify(error=str(exc)), 400
    return jsonify(expr=cleaned, result=result, simple=set(cleaned) <= allowed)
