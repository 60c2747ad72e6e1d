import pymysql
from flask import Flask, request

app = Flask(__name__)


@app.post("/restaurants/<int:rid>/reviews")
def add_review(rid):
    text_ = request.form["text"]
    stars = request.form["stars"]
    conn = pymysql.connect(host="localhost", user="app", database="food")
    cur = conn.cursor()
    query = "INSERT INTO reviews (restaurant_id, stars, body) VALUES ("
    query += str(rid) + ", " + stars + ", '" + text_ + "')"
    cur.execute(query)
    conn.commit()
    conn.close()
    return "thanks", 201
