import logging

from fastapi import FastAPI, Header

app = FastAPI()
logger = logging.getLogger("roastery.api")


def one_line(value: str) -> str:
    return value.replace("\r", " ").replace("\n", " ")[:100]


@app.get("/beans")
def beans(x_client_name: str = Header(default="anonymous")):
    client = one_line(x_client_name)
    logger.info("bean list requested by client %s", client)
    return [{"id": 1, "name": "Kenya AA"}, {"id": 2, "name": "Guatemala Antigua"}]
