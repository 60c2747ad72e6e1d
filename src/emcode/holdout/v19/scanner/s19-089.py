from fastapi import FastAPI, Request, HTTPException
import sqlite3

app = FastAPI()
DB = "inventory.db"
EDITABLE = ("name", "quantity", "location", "price")


@app.patch("/items/{item_id}")
async def patch_item(item_id: int, request: Request):
    payload = await request.json()
    unknown = set(payload) - set(EDITABLE)
    if unknown:
        raise HTTPException(400, f"cannot edit: {sorted(unknown)}")
    fields = [k for k in EDITABLE if k in payload]
    if not fields:
        return {"updated": 0}
    stmt = "UPDATE items SET " + ", ".join(f"{k} = :{k}" for k in fields)
    stmt += " WHERE id = :item_id"
    params = {k: payload[k] for k in fields}
    params["item_id"] = item_id
    conn = sqlite3.connect(DB)
    cur = conn.execute(stmt, params)
    conn.commit()
    return {"updated": cur.rowcount}
