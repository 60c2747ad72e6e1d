import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/settings/import", methods=["POST"])
def import_settings():
    upload = request.files["settings"]
    data = yaml.safe_load(upload.read())
    if not isinstance(data, dict):
        return {"error": "expected a mapping"}, 400
    return {"imported": list(data)}
