import logging
import re
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
log = logging.getLogger("ferry.gate")
REF = re.compile(r"IF-\d{6}")
GATE = re.compile(r"[A-H]\d?")


@app.route("/gate/scan", methods=["POST"])
def scan():
    ref = request.form.get("ref", "")
    gate = request.form.get("gate", "")
    if not REF.fullmatch(ref) or not GATE.fullmatch(gate):
        abort(400)
    log.info("ticket %s scanned at gate %s", ref, gate)
    return jsonify({"ref": ref, "accepted": True, "gate": ga