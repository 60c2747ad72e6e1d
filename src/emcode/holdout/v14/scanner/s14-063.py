from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/sheet/cell")
def cell():
    formula = request.json.get("formula", "0")
    variables = {"a": 3, "b": 4}
    try:
        value = eval(formula, {}, variables)
    except Exception as exc:
        return jsonify(error=str(exc)), 400
    return jsonify(value=value)
