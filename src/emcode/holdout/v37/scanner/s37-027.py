from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/rooms/<int:room>/done", methods=["POST"])
def mark_done(room):
    # persist the change here
    return redirect(url_for("floor_view", floor=room // 100))


@app.route("/floors/<int:floor>")
def floor_view(floor):
    return f"Floor {floor}"
