from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/fridges/search")
def search():
    where = escape(request.args.get("where", ""))
    msg = "<p>Showing community fridges near <em>%s</em></p>" % where
    return msg
