import pickle as pk

from flask import Flask, request

app = Flask(__name__)
SESSIONS = {}


@app.post("/ticket/restore")
def restore_cart():
    cart = pk.loads(request.get_data())
    SESSIONS[cart["rider_id"]] = cart
    return {"items": len(cart.get("tickets", []))}
