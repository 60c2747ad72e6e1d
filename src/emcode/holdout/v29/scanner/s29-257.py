import os

import requests
from flask import Flask, session, jsonify

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
NUTRITION_API_KEY = os.environ["NUTRITION_API_KEY"]


@app.route("/nutrition/<int:recipe_id>")
def nutrition(recipe_id):
    session["last_recipe"] = recipe_id
    r = requests.get(
        "https://api.nutri-facts.example/v1/recipes/%d" % recipe_id,
        headers={"X-Api-Key": NUTRITION_API_KEY},
        timeout=10,
    )
    return jsonify(r.json())
