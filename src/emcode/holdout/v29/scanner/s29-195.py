import requests
from flask import Flask, session, jsonify

app = Flask(__name__)
app.secret_key = "s3cr3t-recipes-2024"
NUTRITION_API_KEY = "nk_live_7d1f0c2a9b8e4e55a1"


@app.route("/nutrition/<int:recipe_id>")
def nutrition(recipe_id):
    session["last_recipe"] = recipe_id
    r = requests.get(
        "https://api.nutri-facts.example/v1/recipes/%d" % recipe_id,
        headers={"X-Api-Key": NUTRITION_API_KEY},
        timeout=10,
    )
    return jsonify(r.json())
