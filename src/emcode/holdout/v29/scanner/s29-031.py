import random
from datetime import date

from flask import Flask, jsonify

from .store import published_recipes

app = Flask(__name__)


@app.route("/recipe-of-the-day")
def recipe_of_the_day():
    recipes = published_recipes()
    rng = random.Random(date.today().toordinal())
    pick = rng.choice(recipes)
    return jsonify(id=pick.id, title=pick.title)
