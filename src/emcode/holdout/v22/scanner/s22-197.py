import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/menus/import")
def import_menu():
    doc = yaml.load(request.files["menu"].read(), Loader=yaml.UnsafeLoader)
    dishes = doc.get("dishes", [])
    return jsonify(imported=len(dishes))
