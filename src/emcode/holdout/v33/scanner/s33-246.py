from flask import Flask, request

app = Flask(__name__)


@app.route("/tickets/search")
def ticket_search():
    plate = request.args.get("plate", "").upper()
    out = "<p>No open citations for plate <code>%s</code>.</p>" % plate
    return out
