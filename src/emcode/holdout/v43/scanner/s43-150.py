import re

from flask import Flask, request, jsonify

app = Flask(__name__)
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")


@app.post("/newsletter")
def newsletter():
    email = request.form.get("email", "")[:254]
    if not EMAIL.fullmatch(email):
        return jsonify(error="invalid email"), 400
    return jsonify(subscribed=email)
