import logging

from fastapi import FastAPI

app = FastAPI()
log = logging.getLogger("parking.api")


@app.post("/citations/{citation_id}/void")
def void_citation(citation_id: int, officer_id: int):
    log.info("citation %d voided by officer %d", citation_id, officer_id)
    return {"voided": citation_id}
