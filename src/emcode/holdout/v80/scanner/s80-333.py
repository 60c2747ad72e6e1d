from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/yield/estimate")
def estimate():
    data = request.get_json()
    formula = data.get("formula", "frames * 2.1")
    frames = float(data.get("frames", 0))
    value = eval(formula, {"frames": frames})
    return jsonify(kg=round(value, 2))
