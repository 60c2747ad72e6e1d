import logging
from flask import Flask, request

app = Flask(__name__)
logging.basicConfig(filename="access.log", level=logging.INFO)


def neutral(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n")


@app.before_request
def audit():
    ua = neutral(request.headers.get("User-Agent", "-"))
    path = neutral(request.path)
    logging.info("request %s ua=%s", path, ua)


@app.get("/")
def home():
    return "ok"
