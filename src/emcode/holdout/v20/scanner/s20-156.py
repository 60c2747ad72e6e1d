import logging

from flask import Flask, request

app = Flask(__name__)
logging.basicConfig(level=logging.INFO)


@app.route("/signup", methods=["POST"])
def signup():
    form = request.form.to_dict()
    logging.info("signup request: %s", form)
    create_user(form["email"], form["password"])
    return "ok", 201


def create_user(email, password):
    pass
