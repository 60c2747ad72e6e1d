import os

from flask import Flask, request

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]


class Lot:
    def __init__(self, number, title):
        self.number = number
        self.title = title


@app.route("/label")
def lot_label():
    fmt = request.args.get("fmt", "Lot {lot.number}: {lot.title}")
    lot = Lot(118, "Detective Comics #27 facsimile")
    text = fmt.format(lot=lot, app=app)
    return {"label": text}
