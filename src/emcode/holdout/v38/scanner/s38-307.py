from flask import Flask, render_template_string, request

app = Flask(__name__)

TPL = "<h1>Thank you, {{ adopter }}!</h1><p>Your application #{{ num }} is in review.</p>"


@app.route("/greeting")
def greeting():
    adopter = request.args.get("adopter", "friend")
    return render_template_string(TPL, adopter=adopter, num=1042)
