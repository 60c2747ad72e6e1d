import shelve

from flask import Flask, request, jsonify

app = Flask(__name__)
STORE = "/var/lib/recipes/ratings.db"


@app.get("/ratings")
def rating():
    recipe = request.args.get("recipe", "")
    with shelve.open(STORE, flag="r") as db:
        stars = db.get(recipe)
    return jsonify(recipe=recipe, stars=stars)
