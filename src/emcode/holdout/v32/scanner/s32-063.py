from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/cases/preview")
def preview_case():
    title = escape(request.args.get("title", ""))
    client = escape(request.args.get("client", ""))
    markup = "<div class='case'><h2>%s</h2><p>Client: %s</p></div>" % (title, client)
    return markup, 200, {"Content-Type": "text/html; charset=utf-8"}
