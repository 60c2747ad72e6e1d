import base64
import pickle as pk
from flask import Flask, request, make_response, render_template_string

app = Flask(__name__)

PAGE = "<p>{{ n }} items in your donation basket</p>"


def encode_basket(items):
    return base64.b64encode(pk.dumps(items)).decode()


@app.route("/basket")
def basket():
    raw = request.cookies.get("basket")
    items = []
    if raw:
        items = pk.loads(base64.b64decode(raw))
    resp = make_response(render_template_string(PAGE, n=len(items)))
    resp.set_cookie("basket", encode_basket(items), httponly=True)
    return resp
