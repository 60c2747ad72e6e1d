import argparse

import numpy as np
from safetensors.numpy import load_file


def predict(weights_path, features):
    tensors = load_file(weights_path)
    w, b = tensors["w"], tensors["b"]
    return float(np.dot(w, features) + b[0])


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("weights")
    ap.add_argument("features", nargs="+", type=float)
    a = ap.parse_args()
    print(predict(a.weights, np.array(a.features)))
