import aiosqlite
from fastapi import FastAPI
from pydantic import BaseModel, Field

app = FastAPI()
DB = "tournament.db"


class Result(BaseModel):
    match_id: int
    winner: str = Field(max_length=40)
    score: str = Field(pattern=r"^[0-9]{1,2}-[0-9]{1,2}$")


@app.post("/results")
async def post_result(res: Result):
    async with aiosqlite.connect(DB) as db:
        await db.execute(
            "INSERT INTO results (match_id, winner, score) VALUES (?, ?, ?)",
            (res.match_id, res.winner, res.score),
        )
        await db.commit()
    return {"stored": res.match_id}


@app.get("/results/{team}")
async def results_for(team: str):
    async with aiosqlite.connect(DB) as db:
        cur = await db.execute("SELECT match_id, score FROM results WHERE winner = ?", (team,))
        return [{"match": m, "score": s} for m, s in await cur.fetchall()]
