import re

from flask import Flask, jsonify, request

app = Flask(__name__)
BADGE = re.compile(r"[A-Z]{2}[0-9]{4}")


@app.post("/officers/verify")
def verify_badge():
    badge = request.form.get("badge", "")[:16].upper()
    return jsonify(valid=BADGE.fullmatch(badge) is not None)
