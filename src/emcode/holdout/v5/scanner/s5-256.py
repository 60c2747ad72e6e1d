from flask import Flask, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("sqlite:///inventory.db")

@app.post("/delete")
def delete_item():
    item = str(request.json["item"])
    stmt = text("DELETE FROM items WHERE sku = :sku")
    with engine.begin() as conn:
        conn.execute(stmt, {"sku": item})
    return {"deleted": item}
