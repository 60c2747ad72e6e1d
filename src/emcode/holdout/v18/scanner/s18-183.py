from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/shipments/note", methods=["POST"])
def shipment_note():
    tracking = request.form.get("tracking", "")
    note = request.form.get("note", "")
    fragment = Markup("<div class='note'><b>{}</b>: {}</div>").format(tracking, note)
    return str(fragment)
