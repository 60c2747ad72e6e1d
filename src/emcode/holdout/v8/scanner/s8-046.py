import yaml
from flask import Flask, abort, request

app = Flask(__name__)


@app.post("/pipelines/validate")
def validate_pipeline():
    try:
        spec = yaml.safe_load(request.data) or {}
    except yaml.YAMLError:
        abort(400)
    if not isinstance(spec, dict):
        abort(422)
    stages = spec.get("stages", [])
    problems = [s for s in stages if "script" not in (spec.get(s) or {})]
    return {"stages": stages, "missing_script": problems}
