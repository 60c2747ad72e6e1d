import os

from flask import Flask, request

app = Flask(__name__)


class Settings:
    def __init__(self):
        self.shop = "Corner Bakery"
        self.api_key = os.environ.get("PAYMENT_API_KEY", "")


SETTINGS = Settings()


@app.route("/banner")
def banner():
    who = request.args.get("name", "friend")[:40]
    return {"banner": "Welcome to {}, {}".format(SETTINGS.shop, who)}
