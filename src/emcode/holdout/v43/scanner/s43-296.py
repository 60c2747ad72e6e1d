import re

from flask import Flask, request, jsonify

app = Flask(__name__)
EMAIL = re.compile(r"^([a-zA-Z0-9]+\.?)+@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$")


@app.post("/newsletter")
def newsletter():
    email = request.form.get("email", "")
    if not EMAIL.match(email):
        return jsonify(error="invalid email"), 400
    return jsonify(subscribed=email)
