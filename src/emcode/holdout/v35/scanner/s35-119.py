import secrets
import uuid

from flask import Flask, jsonify, request

app = Flask(__name__)
ORDERS = {}


@app.post("/orders")
def create_order():
    body = request.get_json(silent=True) or {}
    design = body.get("design_id")
    if not isinstance(design, int):
        return jsonify(error="design_id must be an integer"), 400
    ref = str(uuid.uuid4())
    claim = secrets.token_hex(8)
    ORDERS[ref] = {"design": design, "claim": claim}
    return jsonify(order=ref, claim_code=claim), 201
