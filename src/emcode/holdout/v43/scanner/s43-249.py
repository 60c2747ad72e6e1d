import os
import pickle
from functools import lru_cache

import networkx as nx
from fastapi import FastAPI

app = FastAPI()
CACHE = os.path.join(os.path.dirname(__file__), "cache", "dock_graph.pickle")


def build_graph():
    g = nx.Graph()
    g.add_weighted_edges_from([(1, 2, 0.8), (2, 3, 1.1), (1, 3, 2.0), (3, 4, 0.6)])
    return g


@lru_cache(maxsize=1)
def dock_graph():
    if os.path.exists(CACHE):
        with open(CACHE, "rb") as fh:
            return pickle.load(fh)
    g = build_graph()
    os.makedirs(os.path.dirname(CACHE), exist_ok=True)
    with open(CACHE, "wb") as fh:
        pickle.dump(g, fh)
    return g


@app.get("/route/{a}/{b}")
def route(a: int, b: int):
    g = dock_graph()
    try:
        return {"path": nx.shortest_path(g, a, b, weight="weight")}
    except (nx.NetworkXNoPath, nx.NodeNotFound):
        return {"path": None}
