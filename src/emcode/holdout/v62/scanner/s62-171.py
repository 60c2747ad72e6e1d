from flask import Flask, request, session, redirect

app = Flask(__name__)
app.secret_key = "karaoke-night-2024"
ADMIN_PASSWORD = "micdrop!"


@app.route("/admin/login", methods=["POST"])
def admin_login():
    if request.form.get("password") == ADMIN_PASSWORD:
        session["admin"] = True
        return redirect("/admin")
    return "denied", 403
