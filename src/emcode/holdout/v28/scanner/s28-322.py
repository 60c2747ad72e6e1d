from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/voyage/note")
def voyage_note():
    vessel = request.args.get("vessel", "")
    note = request.args.get("note", "")
    return Markup("<div><h3>{}</h3><p>{}</p></div>").format(vessel, note)
