from flask import Flask, request

from .config import settings

app = Flask(__name__)


class Ticket:
    def __init__(self, ref, passenger):
        self.ref = ref
        self.passenger = passenger
        self.settings = settings


@app.post("/tickets/label")
def label():
    t = Ticket("FX-1042", request.form.get("passenger", ""))
    fmt = request.form.get("format", "{t.ref} - {t.passenger}")
    return {"label": fmt.format(t=t)}
