import base64
import json
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/cart/restore", methods=["POST"])
def restore_cart():
    blob = request.form.get("cart", "")
    try:
        data = json.loads(base64.urlsafe_b64decode(blob.encode()))
    except (ValueError, TypeError):
        return jsonify(error="bad cart"), 400
    if not isinstance(data, dict) or not all(isinstance(v, int) for v in data.values()):
        return jsonify(error="bad cart"), 400
    return jsonify(items=len(data), cart=data)
