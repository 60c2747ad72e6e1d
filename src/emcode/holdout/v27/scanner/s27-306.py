import os
import argparse


def render(pattern: str, size: int) -> None:
    out = f"/tmp/{pattern}.png"
    os.system(f"quiltgen --pattern {pattern} --size {size} -o {out}")
    print("wrote", out)


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("pattern")
    p.add_argument("--size", type=int, default=12)
    a = p.parse_args()
    render(a.pattern, a.size)
