from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.get("/greet")
def greet():
    visitor = request.args.get("visitor", "friend")
    banner = Markup(f"<h1>Welcome to the brewery tour, {visitor}!</h1>")
    return banner + Markup("<footer>Tours run hourly.</footer>")
