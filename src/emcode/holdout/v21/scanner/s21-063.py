from flask import Flask, request, jsonify
import importlib

app = Flask(__name__)
PLUGINS = {"report": "myapp.plugins.report", "cleanup": "myapp.plugins.cleanup"}


@app.route("/run")
def run_plugin():
    key = request.args.get("plugin", "")
    if key not in PLUGINS:
        return jsonify(error="unknown plugin"), 404
    module = importlib.import_module(PLUGINS[key])
    return jsonify(result=str(module.main()))
