import os

import redis
from fastapi import FastAPI, HTTPException

app = FastAPI()
r = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))


@app.post("/queue/{event_id}/join")
def join_queue(event_id: int, player: str):
    if not player.isalnum() or len(player) > 24:
        raise HTTPException(400, "invalid player tag")
    pos = r.rpush(f"queue:{event_id}", player)
    return {"position": pos}


@app.get("/queue/{event_id}")
def queue(event_id: int):
    return {"players": [p.decode() for p in r.lrange(f"queue:{event_id}", 0, 99)]}
