import logging

from flask import Flask, request

app = Flask(__name__)
logging.basicConfig(filename="access.log", level=logging.INFO)


@app.post("/turnstile/scan")
def scan():
    code = request.form.get("code", "")
    ua = request.headers.get("User-Agent", "")
    logging.info("turnstile scan code=%r ua=%r", code[:64], ua[:200])
    return "", 204
