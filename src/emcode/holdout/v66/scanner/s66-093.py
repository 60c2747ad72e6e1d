import os
from flask import Flask, request

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]


class Sailing:
    def __init__(self, route, depart):
        self.route = route
        self.depart = depart


@app.route("/sailing/label")
def label():
    fmt = request.args.get("fmt", "{s.route} departs {s.depart}")
    s = Sailing("Northpoint-Isle", "07:15")
    return {"label": fmt.format(s=s)}
