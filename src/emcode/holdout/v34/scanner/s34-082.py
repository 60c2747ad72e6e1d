import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/recipes/import")
def import_recipe():
    try:
        recipe = yaml.safe_load(request.get_data(as_text=True)) or {}
    except yaml.YAMLError:
        return {"error": "invalid YAML"}, 400
    if not isinstance(recipe, dict):
        return {"error": "expected mapping"}, 400
    return {"name": recipe.get("name"), "flour_g": recipe.get("flour_g", 0)}
