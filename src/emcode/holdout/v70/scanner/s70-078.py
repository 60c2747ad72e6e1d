import random
from flask import Flask

app = Flask(__name__)
LOCKERS = {}


@app.post("/lockers/<int:n>/rent")
def rent_locker(n):
    pin = "%06d" % random.randint(0, 999999)
    LOCKERS[n] = pin
    return {"locker": n, "pin": pin}
