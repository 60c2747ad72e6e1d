from flask import Flask, request

app = Flask(__name__)
VALID_ARMS = {"A", "B", "placebo"}


@app.post("/randomise")
def randomise():
    arm = request.form.get("arm", "")
    if arm not in VALID_ARMS:
        return "Unknown arm: " + arm, 400
    return "ok"
