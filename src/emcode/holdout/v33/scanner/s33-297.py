import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("payments")


@app.post("/fines/pay")
def pay_fine():
    card = request.form["card_number"].replace(" ", "")
    ticket = request.form["ticket"]
    if not ticket.isdigit():
        return {"error": "bad ticket"}, 400
    log.info("payment for ticket %s with card ending %s", ticket, card[-4:] if card[-4:].isdigit() else "????")
    from .gateway import charge
    ok = charge(card, ticket)
    return {"ok": ok}
