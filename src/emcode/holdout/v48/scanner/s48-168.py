from flask import Flask, make_response, request
from markupsafe import escape

app = Flask(__name__)

PAGE = """<html><body>
<h2>Lost property report</h2>
<p>Item: {item}</p>
<p>Screen: {screen}</p>
</body></html>"""


@app.post("/lost-property")
def lost_property():
    item = escape(request.form.get("item", ""))
    screen = escape(request.form.get("screen", ""))
    resp = make_response(PAGE.format(item=item, screen=screen), 201)
    resp.headers["Content-Security-Policy"] = "default-src 'self'"
    return resp
