from flask import Flask, request, jsonify

app = Flask(__name__)
FIELDS = {"n": 4.2, "p": 1.1, "k": 3.0}


@app.post("/fertiliser/calc")
def calc():
    formula = request.json.get("formula", "n + p + k")
    try:
        value = eval(formula, {"__builtins__": {}}, dict(FIELDS))
    except Exception as exc:
        return jsonify(error=str(exc)), 400
    return jsonify(value=value)
