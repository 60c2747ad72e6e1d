from flask import Flask, request, make_response

app = Flask(__name__)
THEMES = {"light", "dark", "high-contrast"}


@app.get("/prefs/theme")
def set_theme():
    theme = request.args.get("t", "light")
    if theme not in THEMES:
        theme = "light"
    resp = make_response({"theme": theme})
    resp.set_cookie("theme", theme, secure=True, httponly=True, samesite="Lax")
    return resp
