import aiosqlite
from fastapi import FastAPI
from pydantic import BaseModel, Field

app = FastAPI()
DB = "tattoo.db"


class Piece(BaseModel):
    artist: str = Field(max_length=80)
    placement: str = Field(max_length=40)
    hours: float = Field(ge=0, le=40)


@app.post("/pieces")
async def add_piece(p: Piece):
    columns = ["artist", "placement", "hours"]
    sql = "INSERT INTO pieces (" + ", ".join(columns) + ") VALUES (" + ", ".join("?" for _ in columns) + ")"
    async with aiosqlite.connect(DB) as db:
        cur = await db.execute(sql, (p.artist, p.placement, p.hours))
        await db.commit()
        return {"id": cur.lastrowid}


@app.get("/pieces")
async def list_pieces(artist: str | None = None):
    sql = "SELECT id, artist, placement, hours FROM pieces"
    args = ()
    if artist:
        sql += " WHERE artist = ?"
        args = (artist,)
    async with aiosqlite.connect(DB) as db:
        rows = await (await db.execute(sql, args)).fetchall()
    return [dict(zip(("id", "artist", "placement", "hours"), r)) for r in rows]
