from flask import Flask, request, jsonify
import re

app = Flask(__name__)


@app.route("/validate")
def validate():
    rule = request.args.get("rule", "")
    value = request.args.get("value", "")
    return jsonify({"valid": re.fullmatch(rule, value) is not None})
