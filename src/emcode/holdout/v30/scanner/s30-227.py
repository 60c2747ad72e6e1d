from html import escape

from flask import Flask, request

app = Flask(__name__)
CARD = "<div class='card'><h4>%s</h4><p>%s with Dr %s</p></div>"


@app.get("/card")
def card():
    patient = escape(request.args.get("patient", ""))
    when = escape(request.args.get("when", ""))
    dentist = escape(request.args.get("dentist", ""))
    return CARD % (patient, when, dentist)
