from flask import Flask, make_response, request
from markupsafe import escape

app = Flask(__name__)

CARD = "<div class='pet-card'><h2>{}</h2><p>Species: {}</p><p>Status: {}</p></div>"


@app.route("/shelter/preview")
def preview_card():
    pet_name = escape(request.args.get("pet", ""))
    species = escape(request.args.get("species", "dog"))
    html = CARD.format(pet_name, species, "available for adoption")
    resp = make_response(html)
    resp.headers["Cache-Control"] = "no-store"
    return resp
