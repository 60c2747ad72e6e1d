from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/listings/enquiry")
def enquiry():
    data = request.get_json(silent=True) or {}
    name = str(data.get("name", ""))[:100]
    message = str(data.get("message", ""))[:2000]
    if not name or not message:
        return jsonify(error="name and message are required"), 400
    return jsonify(status="received", name=name, preview=message[:80])
