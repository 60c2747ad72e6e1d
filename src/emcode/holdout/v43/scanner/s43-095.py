import re

from flask import Flask, redirect, request

app = Flask(__name__)

BASE_DOMAIN = "bookings.weddingplanner.com"
ALLOWED = re.compile(r"https?://" + BASE_DOMAIN)


@app.route("/continue")
def continue_to():
    target = request.args.get("next", "/")
    if ALLOWED.match(target):
        return redirect(target)
    return redirect("/")
