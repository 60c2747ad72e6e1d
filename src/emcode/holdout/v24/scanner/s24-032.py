from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/staff/invite")
def invite():
    email = (request.get_json(silent=True) or {}).get("email", "")
    if not email.lower().endswith("example.com"):
        return jsonify(error="only staff addresses"), 400
    return jsonify(invited=email, role="staff")
