from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.post("/bags/<tag>/claim")
def claim(tag):
    # record claim for tag ...
    return redirect(url_for("claimed", tag=tag))


@app.get("/bags/<tag>/claimed")
def claimed(tag):
    return {"tag": tag, "message": "Bag claimed. Have a nice tr