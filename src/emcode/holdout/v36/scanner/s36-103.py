import html

from flask import Flask, make_response, request

app = Flask(__name__)


@app.get("/truck")
def truck_page():
    name = html.escape(request.args.get("name", ""))
    page = "<h1>" + name + "</h1><p>Serving downtown until 3pm.</p>"
    return make_response(pa