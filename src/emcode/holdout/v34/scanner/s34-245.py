import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/recipes/import")
def import_recipe():
    recipe = yaml.unsafe_load(request.get_data(as_text=True))
    flour = recipe.get("flour_g", 0)
    return {"name": recipe.get("name"), "flour_g": flour}
