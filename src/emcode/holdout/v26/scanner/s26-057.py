from flask import Flask, session
import psycopg2

app = Flask(__name__)
app.secret_key = "dogwalk-super-secret-2024"
conn = psycopg2.connect(host="db", dbname="walks", user="walks", password="W4lk!es#prod")


@app.get("/whoami")
def whoami():
    return {"uid": session.get("uid")}
