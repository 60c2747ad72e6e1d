import os

import uvicorn
from fastapi import FastAPI

PROD = os.environ.get("ENV") == "production"
app = FastAPI(docs_url=None if PROD else "/docs", redoc_url=None)


@app.get("/status")
def status():
    return {"env": "production" if PROD else "development"}


if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=8000, log_level="info")
