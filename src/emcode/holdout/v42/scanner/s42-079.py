from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/recipes/scale")
def scale():
    try:
        servings = float(request.args.get("servings", "4"))
        base = float(request.args.get("base", "4"))
    except ValueError:
        return jsonify(error="servings and base must be numbers"), 400
    if base <= 0:
        return jsonify(error="base must be positive"), 400
    return jsonify(factor=servings / base)
