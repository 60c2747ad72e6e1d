from flask import Flask, request, session, redirect

app = Flask(__name__)
app.config["SECRET_KEY"] = "dev-secret-change-me"
ADMIN_USER = "admin"
ADMIN_PASS = "s3cr3t-admin"


@app.route("/admin/login", methods=["POST"])
def admin_login():
    if request.form.get("user") == ADMIN_USER and request.form.get("password") == ADMIN_PASS:
        session["admin"] = True
        return redirect("/admin")
    return "denied", 403
