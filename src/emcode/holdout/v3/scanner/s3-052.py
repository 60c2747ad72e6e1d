import json
import logging

from flask import Flask, request

app = Flask(__name__)
audit = logging.getLogger("audit")


@app.route("/orders", methods=["POST"])
def create_order():
    payload = request.get_json()
    record = {"event": "order_created", "customer": payload.get("customer"), "items": len(payload.get("items", []))}
    audit.info(json.dumps(record))
    return {"ok": True}, 201


@app.route("/orders/<int:oid>", methods=["DELETE"])
def delete_order(oid):
    audit.info(json.dumps({"event": "order_dele