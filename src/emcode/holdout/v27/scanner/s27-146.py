import certifi
import httpx


def client() -> httpx.Client:
    return httpx.Client(verify=certifi.where(), timeout=10.0)
