from flask import Flask, jsonify

app = Flask(__name__)
MENU = {"taco-norte": ["al pastor", "birria"], "campus-curry": ["dal", "paneer wrap"]}


@app.get("/public/menus")
def menus():
    resp = jsonify(MENU)
    resp.headers["Access-Control-Allow-Origin"] = "*"
    return resp
