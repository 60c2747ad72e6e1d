import logging
from fastapi import FastAPI

log = logging.getLogger("brackets")
app = FastAPI()


@app.post("/matches/{match_id}/result")
def result(match_id: int, winner_seed: int):
    log.info("match %d won by seed %d", match_id, winner_seed)
    return {"match": match_id, "winner": winner_seed}
