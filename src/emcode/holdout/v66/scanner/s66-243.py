import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/dispatch/rules")
def upload_rules():
    rules = yaml.load(request.get_data(as_text=True), Loader=yaml.Loader)
    return {"zones": list(rules.get("zones", {}))}
