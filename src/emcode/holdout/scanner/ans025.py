import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.post("/process")
def process():
    try:
        data = request.get_json()
        return {"result": 100 / int(data["divisor"])}
    except (KeyError, ValueError, ZeroDivisionError, TypeError):
        log.exception("bad /process request")
        return {"error": "invalid input"}, 400
