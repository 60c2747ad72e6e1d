import json
import logging

from flask import Flask, jsonify, request

app = Flask(__name__)
audit = logging.getLogger("audit")


@app.post("/recipes/<int:rid>/report")
def report_recipe(rid):
    reason = request.form.get("reason", "")[:200]
    audit.info(json.dumps({"event": "recipe_reported", "recipe": rid, "reason": reason}))
    return jsonify(ok=True)
