from flask import Flask, request

app = Flask(__name__)


@app.route("/interpreters/greet")
def greet():
    who = request.args.get("interpreter", "guest")
    lang = request.args.get("lang", "ASL")
    return "<p>Welcome back, %s! Your booked language today is <b>%s</b>.</p>" % (who, lang)
