from flask import Flask, render_template, request

app = Flask(__name__)


@app.get("/unsubscribe")
def unsubscribe():
    email = request.args.get("email", "")
    list_name = request.args.get("list", "The Monday Letter")
    return render_template("unsubscribed.html", email=email, list_name=list_name)
