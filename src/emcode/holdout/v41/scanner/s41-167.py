import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("pledges")
logging.basicConfig(level=logging.INFO)


@app.post("/pledge")
def pledge():
    data = request.get_json()
    amount = int(data["amount"])
    last4 = str(data["card_number"])[-4:]
    if not last4.isdigit():
        return {"error": "bad card"}, 400
    log.info("processing pledge of %d cents, card ending %s", amount, last4)
    return {"status": "accepted"}
