import logging
import uuid
from flask import Flask, request, jsonify

app = Flask(__name__)
log = logging.getLogger("payroll.api")


@app.route("/employees", methods=["POST"])
def add_employee():
    req_id = uuid.uuid4().hex[:12]
    data = request.get_json(silent=True) or {}
    try:
        employee = {"name": str(data["name"]), "ssn": str(data["ssn"]), "salary": int(data["salary"])}
    except (KeyError, ValueError, TypeError) as exc:
        log.warning("request %s rejected: %s", req_id, type(exc).__name__)
        return jsonify(error="invalid employee", request_id=req_id), 400
    log.info("request %s added employee %s", req_id, " ".join(employee["name"].split())[:40])
    return jsonify(ok=True, request_id=req_id), 201
