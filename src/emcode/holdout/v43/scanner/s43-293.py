import logging

from flask import Flask, request

app = Flask(__name__)
logging.basicConfig(filename="access.log", level=logging.INFO)


@app.post("/turnstile/scan")
def scan():
    code = request.form.get("code", "")
    logging.info("turnstile scan code=" + code + " ua=" + request.headers.get("User-Agent", ""))
    return "", 204
