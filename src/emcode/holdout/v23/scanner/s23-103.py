import logging
from fastapi import FastAPI

logging.basicConfig(filename="registry-audit.log", format="%(asctime)s %(message)s", level=logging.INFO)
audit = logging.getLogger("audit")
app = FastAPI()


@app.delete("/packages/{name}")
def yank_package(name: str, user: str = "anonymous"):
    audit.info(f"user={user} yanked package={name}")
    return {"yanked": name}
