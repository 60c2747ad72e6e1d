from flask import Flask, request, redirect, url_for

app = Flask(__name__)


@app.route("/boats/find")
def find():
    return redirect(url_for("boat_list", cls=request.args.get("cls", "")))


@app.route("/boats")
def boat_list():
    return {"cls": request.args.get("cls")}
