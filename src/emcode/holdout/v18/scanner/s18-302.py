import importlib

from flask import Flask, jsonify, abort

app = Flask(__name__)
AVAILABLE = {"csv_export": "acme_plugins.csv_export", "pdf_export": "acme_plugins.pdf_export"}
PLUGINS = {}


@app.route("/plugins/<name>", methods=["PUT"])
def enable_plugin(name):
    module_name = AVAILABLE.get(name)
    if module_name is None:
        abort(404)
    module = importlib.import_module(module_name)
    PLUGINS[name] = module.run
    return jsonify(enabled=name)
