from string import Template

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/labels/preview")
def label_preview():
    fmt = request.form.get("template", "$ref -> $dest ($weight kg)")
    values = {"ref": "SH-1182", "dest": "Gdansk", "weight": "812"}
    return jsonify({"label": Template(fmt).safe_substitute(values)})
