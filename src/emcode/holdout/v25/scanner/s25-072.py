from flask import Flask, request, redirect, session

app = Flask(__name__)


@app.route("/logout")
def logout():
    session.clear()
    next_url = request.args.get("next", "/")
    return redirect(next_url)


@app.route("/account/delete", methods=["POST"])
def delete_account():
    uid = session.get("uid")
    if uid is None:
        return redirect("/login")
    # remove the user's bookings and then the user