from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/greeting")
def greeting():
    adopter = request.args.get("adopter", "friend")
    tpl = "<h1>Thank you, " + adopter + "!</h1><p>Your application #{{ num }} is in review.</p>"
    return render_template_string(tpl, num=1042)
