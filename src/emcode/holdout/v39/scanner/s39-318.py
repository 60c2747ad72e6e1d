import logging

from flask import Flask, request

app = Flask(__name__)
logging.basicConfig(filename="access.log", level=logging.INFO)


def _clean(value: str) -> str:
    return value.replace("\r", "\\r").replace("\n", "\\n")


@app.post("/equipment/reserve")
def reserve():
    who = _clean(request.form.get("customer", ""))
    machine = _clean(request.form.get("machine", ""))
    logging.info("reservation by %s for %s", who, machine)
    return {"reserved": True}
