from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/recipes/scale")
def scale():
    servings = request.args.get("servings", "4")
    factor_expr = request.args.get("factor", "servings / 4")
    factor = eval(factor_expr, {"servings": float(servings)})
    return jsonify(factor=factor)
