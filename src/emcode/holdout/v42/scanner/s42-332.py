import os

import requests
from flask import Flask, jsonify, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
NUTRITION_API_KEY = os.environ["NUTRITION_API_KEY"]


@app.get("/recipes/<int:rid>/nutrition")
def nutrition(rid):
    r = requests.get(
        "https://api.nutritiondb.example.com/v1/analyze",
        params={"recipe": rid},
        headers={"X-Api-Key": NUTRITION_API_KEY},
        timeout=10,
    )
    session["last_recipe"] = rid
    return jsonify(r.json())
