import enum
import logging

from fastapi import FastAPI

app = FastAPI()
logger = logging.getLogger("sightings")


class Species(str, enum.Enum):
    wolf = "wolf"
    lynx = "lynx"
    otter = "otter"


@app.get("/sightings/report")
async def report(species: Species):
    logger.info("report requested for %s", species.value)
    return {"species": species.value, "count": 0}
