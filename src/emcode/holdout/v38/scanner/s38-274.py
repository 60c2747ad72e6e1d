from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)

TEMPLATE = "<div class='pet'><h3>{name}</h3><p>Breed: {breed}</p></div>"


@app.route("/adopt/preview", methods=["POST"])
def preview():
    name = escape(request.form.get("name", ""))
    breed = escape(request.form.get("breed", "unknown"))
    card = TEMPLATE.format(name=name, breed=breed)
    return "<html><body>" + card + "</body></html>"
