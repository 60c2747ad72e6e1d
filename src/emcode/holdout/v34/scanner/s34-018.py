from flask import Flask, request
from passlib.context import CryptContext

app = Flask(__name__)
pwd = CryptContext(schemes=["bcrypt"], deprecated="auto")
STAFF = {}


@app.post("/staff")
def create_staff():
    username = request.form["username"]
    if username in STAFF:
        return {"error": "exists"}, 409
    STAFF[username] = pwd.hash(request.form["password"])
    return {"created": username}, 201


@app.post("/staff/login")
def login():
    stored = STAFF.get(request.form.get("username", ""))
    if stored is None or not pwd.verify(request.form.get("password", ""), stored):
        return {"error": "invalid credentials"}, 401
    return {"ok": True}
