from flask import Flask, request

app = Flask(__name__)

TEMPLATE = "<div class='notice'>Hello {name}, you have {count} open accessions.</div>"


@app.route("/welcome")
def welcome():
    name = request.args.get("name", "guest")
    count = 0
    return TEMPLATE.format(name=name, count=count)
