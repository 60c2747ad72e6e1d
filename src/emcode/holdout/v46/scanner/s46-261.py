from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/interpreters/greet")
def greet():
    who = escape(request.args.get("interpreter", "guest"))
    lang = escape(request.args.get("lang", "ASL"))
    return "<p>Welcome back, %s! Your booked language today is <b>%s</b>.</p>" % (who, lang)
