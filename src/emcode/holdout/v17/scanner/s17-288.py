import re
from flask import Flask, request, redirect

app = Flask(__name__)

TRUSTED = ["shop.example.com", "help.example.com"]
pattern = re.compile("({})".format("|".join(TRUSTED)))


@app.route("/go")
def go():
    nxt = request.args.get("next", "/")
    if pattern.search(nxt):
        return redirect(nxt)
    return redirect("/")
