import secrets
from flask import Flask

app = Flask(__name__)
LOCKERS = {}


@app.post("/lockers/<int:n>/rent")
def rent_locker(n):
    pin = f"{secrets.randbelow(10**6):06d}"
    LOCKERS[n] = pin
    return {"locker": n, "pin": pin}
