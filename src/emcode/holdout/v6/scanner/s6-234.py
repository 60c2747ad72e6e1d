import hashlib
from flask import Flask, request
from models import db, User

app = Flask(__name__)

@app.post("/signup")
def signup():
    pw = hashlib.md5(request.form["password"].encode()).hexdigest()
    user = User(name=request.form["name"], password=pw)
    db.session.add(user)
    db.session.com