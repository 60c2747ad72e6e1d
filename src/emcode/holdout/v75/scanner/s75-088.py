from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)
CLASSES = {"intro": "Intro to bouldering", "lead": "Lead climbing course"}


@app.get("/classes/signup-done")
def signup_done():
    who = escape(request.args.get("who", ""))
    cls = CLASSES.get(request.args.get("cls", ""), "a class")
    return "<p>%s, you are booked on <strong>%s</strong>.</p>" % (who, escape(cls))
