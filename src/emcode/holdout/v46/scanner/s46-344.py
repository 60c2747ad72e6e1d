from urllib.parse import urlparse

import requests
from fastapi import FastAPI, HTTPException

app = FastAPI()
ALLOWED_HOSTS = {"imslp.org", "www.imslp.org", "scores.orchestra-loans.o