import re
from flask import Flask, request, redirect

app = Flask(__name__)
DOMAIN = "shop.example.org"
pattern = re.compile("https?://" + DOMAIN)


@app.route("/logout")
def logout():
    nxt = request.args.get("next", "/")
    if pattern.search(nxt):
        return redirect(nxt)
    return redirect("/")
