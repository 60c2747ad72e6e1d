import ast
import argparse


def parse_weights(text):
    value = ast.literal_eval(text)
    if not isinstance(value, (list, tuple)):
        raise argparse.ArgumentTypeError("weights must be a list like [0.2, 0.8]")
    return [float(v) for v in value]


def main():
    ap = argparse.ArgumentParser(description="Weighted crop score")
    ap.add_argument("--weights", type=parse_weights, default=[0.5, 0.5])
    ap.add_argument("readings", nargs="+", ty