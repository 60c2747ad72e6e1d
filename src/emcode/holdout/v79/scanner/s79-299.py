from flask import Flask, session
from flask_cors import CORS

app = Flask(__name__)
app.secret_key = __import__("os").environ["SECRET"]
CORS(app, origins="*", supports_credentials=True)


@app.route("/api/my-bookings")
def my_bookings():
    return {"member": session.get("member"), "bookings": []}
