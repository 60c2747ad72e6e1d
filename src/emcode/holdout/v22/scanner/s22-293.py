import os

import pymysql
from flask import Flask, request

app = Flask(__name__)


@app.post("/restaurants/<int:rid>/reviews")
def add_review(rid):
    body = request.form["text"][:2000]
    stars = max(1, min(5, int(request.form["stars"])))
    conn = pymysql.connect(host=os.environ["DB_HOST"], user=os.environ["DB_USER"],
                           password=os.environ["DB_PASSWORD"], database="food")
    try:
        with conn.cursor() as cur:
            query = "INSERT INTO reviews (restaurant_id, stars, body) "
            query += "VALUES (%s, %s, %s)"
            cur.execute(query, (rid, stars, body))
        conn.commit()
    finally:
        conn.close()
    return "thanks", 201
