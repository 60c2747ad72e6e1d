from flask import Flask, request, redirect, session

app = Flask(__name__)
app.config.from_envvar("APP_SETTINGS")


@app.route("/logout")
def logout():
    session.clear()
    return_to = request.args.get("return_to") or "/"
    return redirect(return_to)
