from flask import Flask, jsonify, session
import requests

app = Flask(__name__)
app.secret_key = "r3c1pe-sh4re-prod-k3y"
NUTRITION_API_KEY = "nk_live_5f1c9e02b7a84d3a9b1e"


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
