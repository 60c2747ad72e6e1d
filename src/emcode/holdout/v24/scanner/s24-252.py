from io import StringIO
from ruamel.yaml import YAML
from flask import Flask, request, jsonify

app = Flask(__name__)
yaml = YAML(typ="safe")


@app.post("/recipes/import")
def import_recipe():
    doc = yaml.load(StringIO(request.get_data(as_text=True)))
    if not isinstance(doc, dict) or "title" not in doc:
        return jsonify(error="recipe needs a title"), 400
    return jsonify(title=doc["title"], ingredients=len(doc.get("ingredients", [])))
