import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/ci/validate", methods=["POST"])
def validate():
    text = request.get_data(as_text=True)
    cfg = yaml.load(text, Loader=yaml.Loader)
    jobs = cfg.get("jobs", {})
    return jsonify({"jobs": sorted(jobs)})
