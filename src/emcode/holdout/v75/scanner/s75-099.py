from html import escape

from flask import Flask, make_response, request

app = Flask(__name__)


@app.get("/ticket/receipt")
def receipt():
    ref = escape(request.args.get("ref", ""))
    body = """<!doctype html>
<html><body>
<h1>Receipt</h1>
<p>Reference: {ref}</p>
</body></html>""".format(ref=ref)
    resp = make_response(body)
    resp.headers["X-Content-Type-Options"] = "nosniff"
    return resp
