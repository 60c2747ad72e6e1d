try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/recipes/import", methods=["POST"])
def import_recipes():
    blob = request.get_data()
    recipes = pickle.loads(blob)
    return jsonify(imported=len(recipes))
