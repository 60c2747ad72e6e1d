import logging
from flask import Flask, request

app = Flask(__name__)
logging.basicConfig(filename="kiosk.log", level=logging.INFO)


def neutralise(value: str) -> str:
    return value.replace("\r", "\\r").replace("\n", "\\n")


@app.route("/checkin", methods=["POST"])
def checkin():
    visitor = neutralise(request.form.get("visitor", ""))[:100]
    logging.info("Visitor checked in: %s", visitor)
    return "ok", 200, {"Content-Type": "text/plain"}
