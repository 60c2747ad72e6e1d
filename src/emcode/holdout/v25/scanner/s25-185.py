import os
from flask import Flask, request, make_response, render_template_string
from itsdangerous import URLSafeSerializer, BadSignature

app = Flask(__name__)
signer = URLSafeSerializer(os.environ["BASKET_KEY"], salt="basket")
PAGE = "<p>{{ n }} items in your donation basket</p>"


@app.route("/basket")
def basket():
    raw = request.cookies.get("basket")
    items = []
    if raw:
        try:
            items = signer.loads(raw)
        except BadSignature:
            items = []
    resp = make_response(render_template_string(PAGE, n=len(items)))
    resp.set_cookie("basket", signer.dumps(items), httponly=True, secure=True, samesite="Lax")
    return resp
