import psycopg2
from fastapi import FastAPI

app = FastAPI()

@app.get("/search")
def search(term: str):
    conn = psycopg2.connect("dbname=shop")
    cur = conn.cursor()
    query = f"SELECT id FROM items WHERE name LIKE '%{term}%'"
    # now run it
    cur.exec