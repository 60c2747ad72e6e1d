import re

from flask import Flask, request

app = Flask(__name__)
POSTCODE = re.compile(r"\d{5}")


@app.post("/pickup")
def pickup():
    code = request.form.get("postcode", "").strip()
    if not POSTCODE.fullmatch(code):
        return {"error": "postcode must be 5 digits"}, 400
    return {"pickup_available": code.startswith(("10", "12", "13"))}
