import json

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/recipes/import", methods=["POST"])
def import_recipes():
    try:
        recipes = json.loads(request.get_data(as_text=True))
    except json.JSONDecodeError:
        return jsonify(error="body must be JSON"), 400
    if not isinstance(recipes, list):
        return jsonify(error="expected a list"), 400
    return jsonify(imported=len(recipes))
