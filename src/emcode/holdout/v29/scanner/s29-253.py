import math

from flask import Flask, request, jsonify, abort

app = Flask(__name__)

BASE = {"flour_g": 500, "water_ml": 350, "salt_g": 10, "yeast_g": 7}


@app.route("/recipes/bread/scale")
def scale_bread():
    try:
        factor = float(request.args.get("factor", "1"))
    except ValueError:
        abort(400)
    if not math.isfinite(factor) or not 0 < factor <= 20:
        abort(400)
    return jsonify({k: round(v * factor, 1) for k, v in BASE.items()})
