import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/pipelines/validate")
def validate_pipeline():
    spec = yaml.load(request.data, Loader=yaml.Loader)
    stages = spec.get("stages", [])
    problems = [s for s in stages if "script" not in spec.get(s, {})]
    return {"stages": stages, "missing_script": problems}
