from flask import Flask, request, jsonify

app = Flask(__name__)

BASE = {"flour_g": 500, "water_ml": 350, "salt_g": 10, "yeast_g": 7}


@app.route("/recipes/bread/scale")
def scale_bread():
    factor = eval(request.args.get("factor", "1"))
    return jsonify({k: round(v * factor, 1) for k, v in BASE.items()})
