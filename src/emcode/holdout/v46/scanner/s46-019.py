from flask import Flask, request

app = Flask(__name__)


@app.route("/rink/slots")
def list_slots():
    wanted = request.args.getlist("slot")
    items = []
    for s in wanted:
        items.append("<li>" + s + "</li>")
    return "<ul class='slots'>" + "".join(items) + "</ul>"
