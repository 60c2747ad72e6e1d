from flask import Flask, request

app = Flask(__name__)


@app.get("/lots/available")
def available():
    wanted = request.args.get("spaces", default=1, type=int)
    free = 37
    return f"{free} spaces free; you asked for {wanted}."
