from fastapi import FastAPI, Request
import sqlite3

app = FastAPI()
DB = "inventory.db"


@app.patch("/items/{item_id}")
async def patch_item(item_id: int, request: Request):
    payload = await request.json()
    assignments = []
    for key, value in payload.items():
        assignments.append(f"{key} = '{value}'")
    if not assignments:
        return {"updated": 0}
    stmt = "UPDATE items SET "
    stmt += ", ".join(assignments)
    stmt += f" WHERE id = {item_id}"
    conn = sqlite3.connect(DB)
    cur = conn.execute(stmt)
    conn.commit()
    return {"updated": cur.rowcount}
