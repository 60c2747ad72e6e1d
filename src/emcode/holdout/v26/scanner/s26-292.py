from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.get("/greet")
def greet():
    visitor = request.args.get("visitor", "friend")
    banner = Markup("<h1>Welcome to the brewery tour, %s!</h1>") % visitor
    footer = Markup("<footer>Tours run hourly.</footer>")
    return banner + footer
