from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware


def build_middleware():
    return [Middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=False, allow_methods=["GET"])]
