import yaml
from flask import Flask, request, abort

app = Flask(__name__)


@app.post("/pipelines")
def create_pipeline():
    try:
        spec = yaml.safe_load(request.get_data(as_text=True)) or {}
    except yaml.YAMLError:
        abort(400)
    stages = spec.get("stages", []) if isinstance(spec, dict) else []
    return {"stages": [str(s.get("name")) for s in stages if isinstance(s, dict)]}
