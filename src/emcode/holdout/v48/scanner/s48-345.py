import random

from flask import Flask, jsonify

app = Flask(__name__)
IDLE_DRIVERS = ["D-01", "D-07", "D-12"]


@app.post("/dispatch/next")
def next_driver():
    if not IDLE_DRIVERS:
        return jsonify(driver=None), 409
    driver = random.choice(IDLE_DRIVERS)
    IDLE_DRIVERS.remove(driver)
    return jsonify(driver=driver)
