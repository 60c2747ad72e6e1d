import pickle
from pathlib import Path

import networkx as nx
import pandas as pd

HERE = Path(__file__).resolve().parent
GRAPH_CACHE = HERE / "route_graph.pickle"


def build_graph():
    edges = pd.read_csv(HERE / "data" / "segments.csv")
    g = nx.DiGraph()
    for row in edges.itertuples():
        g.add_edge(row.from_stop, row.to_stop, minutes=row.minutes)
    return g


def route_graph():
    if GRAPH_CACHE.exists():
        return pickle.loads(GRAPH_CACHE.read_bytes())
    g = build_graph()
    GRAPH_CACHE.write_bytes(pickle.dumps(g))
    return g


if __name__ == "__main__":
    g = route_graph()
    print(nx.shortest_path(g, "Harbour Rd", "Hospital", weight="minutes"))
