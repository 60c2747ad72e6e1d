from flask import Flask, request, make_response
import html

app = Flask(__name__)
PRODUCTS = {"a1": "Desk lamp", "b2": "Office chair"}


@app.route("/product")
def product():
    code = request.args.get("code", "")
    name = PRODUCTS.get(code)
    if name is None:
        resp = make_response("<p>No product " + html.escape(code, quote=True) + "</p>", 404)
    else:
        resp = make_response("<h1>" + html.escape(name) + "</h1>")
    resp.headers["X-Content-Type-Options"] = "nosniff"
    return resp
