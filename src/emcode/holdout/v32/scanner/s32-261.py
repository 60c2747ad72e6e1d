import logging

from fastapi import FastAPI, Header

app = FastAPI()
logger = logging.getLogger("roastery.api")


@app.get("/beans")
def beans(x_client_name: str = Header(default="anonymous")):
    logger.info(f"bean list requested by client {x_client_name}")
    return [{"id": 1, "name": "Kenya AA"}, {"id": 2, "name": "Guatemala Antigua"}]
