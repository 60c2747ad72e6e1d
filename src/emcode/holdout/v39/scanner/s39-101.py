import logging

from flask import Flask, request

app = Flask(__name__)
logging.basicConfig(filename="access.log", level=logging.INFO)


@app.post("/equipment/reserve")
def reserve():
    who = request.form.get("customer", "")
    machine = request.form.get("machine", "")
    logging.info("reservation by " + who + " for " + machine)
    return {"reserved": True}
