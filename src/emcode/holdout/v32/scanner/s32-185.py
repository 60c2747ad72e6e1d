import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/roast-profiles", methods=["POST"])
def roast_profiles():
    profile = yaml.load(request.get_data(as_text=True), Loader=yaml.Loader)
    stages = profile.get("stages", [])
    total = sum(s["seconds"] for s in stages)
    return jsonify(stages=len(stages), total_seconds=to