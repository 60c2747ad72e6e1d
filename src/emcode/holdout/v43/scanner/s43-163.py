from flask import Flask, request

app = Flask(__name__)


@app.route("/dress-code")
def dress_code():
    theme = request.args.get("theme", "formal")
    page = "<h1>Dress code: " + theme + "</h1><p>Please follow the couple's wishes.</p>"
    return page


@app.route("/menu")
def menu():
    choice = request.args.get("choice", "vegetarian")
    options = ["vegetarian", "fish", "meat"]
    if choice not in opt