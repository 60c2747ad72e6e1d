import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/recipes", methods=["POST"])
def add_recipe():
    recipe = yaml.safe_load(request.data) or {}
    grains = recipe.get("grains", [])
    return {"name": recipe.get("name"), "grain_bill_kg": sum(float(g.get("kg", 0)) for g in grains)}
