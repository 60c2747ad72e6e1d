from html import escape

from flask import Flask, request

app = Flask(__name__)


@app.route("/tree/person")
def person():
    name = request.args.get("name", "")
    name_html = escape(name)
    title = f"<title>{name_html} - Family Tree</title>"
    heading = f"<h1>{name}</h1>"
    return "<html><head>" + title + "</head><body>" + heading + "</body></html>"
