from flask import Flask, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("sqlite:///inventory.db")

@app.post("/delete")
def delete_item():
    item = request.json["item"]
    with engine.begin() as conn:
        conn.execute(text(f"DELETE FROM items WHERE sku = '{item}'"))
    return {"deleted": item}
