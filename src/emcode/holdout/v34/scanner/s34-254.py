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
    fmt = request.args.get("fmt", "Welcome to {s.shop}")
    return {"banner": fmt.format(s=SETTINGS)}
