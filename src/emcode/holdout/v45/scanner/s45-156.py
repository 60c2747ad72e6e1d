from flask import Flask, request, jsonify

app = Flask(__name__)

BASE = {"adult": 24.0, "child": 12.0, "car": 55.0}


@app.post("/fares/quote")
def quote():
    data = request.get_json(force=True)
    expr = data.get("formula", "adult")
    total = eval(expr, {"__builtins__": {}}, dict(BASE))
    return jsonify(total=round(float(total), 2))
