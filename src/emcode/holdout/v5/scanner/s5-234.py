import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)

@app.route("/divide")
def divide():
    try:
        a = int(request.args["a"])
        b = int(request.args["b"])
        return {"result": a / b}
    except (KeyError, ValueError, ZeroDivisionError):
        log.exception("divide failed")
        return {"error": "invalid input"}, 400
