from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/sheet/cell")
def cell():
    formula = request.json.get("formula", "0")
    value = eval(formula, {"__builtins__": {}})
    return jsonify(value=value, formula=formu