import pickle as pk

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/recipes/import", methods=["POST"])
def import_recipes():
    upload = request.files["recipes"]
    recipes = pk.loads(upload.read())
    return jsonify(names=[r["name"] for r in recipes])
