import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/dispatch/rules")
def upload_rules():
    try:
        rules = yaml.safe_load(request.get_data(as_text=True)) or {}
    except yaml.YAMLError:
        return {"error": "invalid YAML"}, 400
    return {"zones": list(rules.get("zones", {}))}
