import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/patterns/import", methods=["POST"])
def import_pattern():
    doc = yaml.unsafe_load(request.files["file"].read())
    return {"name": doc.get("name"), "blocks": len(doc.get("blocks", []))}
