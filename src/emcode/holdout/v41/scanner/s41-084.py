import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("pledges")
logging.basicConfig(level=logging.INFO)


@app.post("/pledge")
def pledge():
    data = request.get_json()
    log.info("processing pledge %s card=%s cvv=%s", data["amount"], data["card_number"], data["cvv"])
    # charge via provider ...
    return {"status": "accepted"}
