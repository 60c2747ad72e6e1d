from flask import Flask, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "baker")
    html = "<h1>Good morning, " + name + "!</h1>"
    return html


@app.route("/loaves")
def loaves():
    items = ["Country white", "Seeded rye", "Spelt"]
    return "<ul>" + "".join(f"<li>{i}</li>" for i in ite