import os

from flask import Flask, session
from flask_cors import CORS

app = Flask(__name__)
app.secret_key = os.environ["SECRET"]
CORS(app, origins=["https://bookings.sailclub.org"], supports_credentials=True)


@app.route("/api/my-bookings")
def my_bookings():
    return {"member": session.get("member"), "bookings": []}
