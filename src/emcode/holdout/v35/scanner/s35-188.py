from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/feedback")
def feedback():
    msg = request.form.get("message", "").strip()
    rating = request.form.get("rating", type=int)
    if not msg:
        return jsonify(error="message required"), 400
    return jsonify(received=True, echo=msg, rating=rating)
