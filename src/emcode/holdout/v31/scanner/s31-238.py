from flask import Flask, request, make_response
from markupsafe import escape

app = Flask(__name__)

TEMPLATE = "<div class='confirm'><h2>Tickets held for {artist}</h2><p>Quantity: {qty}</p></div>"


@app.route("/tickets/hold", methods=["POST"])
def hold_tickets():
    artist = escape(request.form.get("artist", ""))
    try:
        qty = int(request.form.get("qty", "1"))
    except ValueError:
        qty = 1
    body = TEMPLATE.format(artist=artist, qty=qty)
    resp = make_response(body)
    resp.headers["Cache-Control"] = "no-store"
    return resp
