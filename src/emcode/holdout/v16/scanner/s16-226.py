import logging
from flask import Flask, request

app = Flask(__name__)
logging.basicConfig(filename="access.log", level=logging.INFO)


@app.before_request
def audit():
    ua = request.headers.get("User-Agent", "-")
    logging.info("request " + request.path + " ua=" + ua)


@app.get("/")
def home():
    return "ok"
